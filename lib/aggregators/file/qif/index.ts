/**
 * QIF (Quicken Interchange Format) → NormalizedStatement, one per account and section kind: bank, cash,
 * card (CCard), other asset/liability (Oth A / Oth L) and investment (Invst, cash lines only). Dates and the
 * decimal separator are decided from the whole file (dates.ts). QIF names no currency: the caller's default
 * applies, else null.
 */
import { AppError } from "../../../errors";
import { detectDecimalSeparator, normalizeCurrency } from "../../../money";
import { decodeBytes } from "../encoding";
import { repairWindows1252 } from "../ofx/cp1252";
import type { FileAggregator, NormalizedStatement, ParseOptions, ParseResult, ParseWarning } from "../../types";
import { chooseDateOrder, toIsoDay, tokenizeQifDate, type QifDateParts } from "./dates";
import { readQifRecords, SECTION_ACCOUNT_TYPES, type QifSection } from "./records";
import { mapBankRecord, mapInvestmentRecord, readAmount, type QifContext } from "./transaction";

/**
 * Content sniff: the first meaningful line is a QIF header, or the text is made of QIF fields and "^".
 * NULs are dropped and a leading BOM skipped, so UTF-8/UTF-16 files with or without BOM are recognised.
 */
export function detectQif(bytes: Uint8Array): number {
  let head = "";
  for (let i = 0; i < Math.min(bytes.length, 4096); i++) if (bytes[i] !== 0) head += String.fromCharCode(bytes[i] as number);
  const lines = head.replace(/^[^!-~]+/, "").split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
  const first = lines[0] ?? "";
  if (/^!(type:|account|option:|clear:)/i.test(first)) return 0.9;
  const fieldLines = lines.slice(0, 20).filter((l) => /^[DTUPMNLC^]/.test(l)).length;
  return lines.includes("^") && /^D\s*\d/.test(first) && fieldLines === Math.min(lines.length, 20) ? 0.4 : 0;
}

/** Drops the NUL / Ctrl-Z padding some DOS-era exporters leave at the end (a loop: no regex on huge text). */
function trimPadding(text: string): string {
  let end = text.length;
  while (end > 0) {
    const code = text.charCodeAt(end - 1);
    if (code === 0 || code === 0x1a || code === 32 || code === 9 || code === 10 || code === 13) end--;
    else break;
  }
  return end === text.length ? text : text.slice(0, end);
}

function collectDates(sections: QifSection[]): QifDateParts[] {
  const dates: QifDateParts[] = [];
  for (const section of sections) {
    for (const record of section.records) {
      const raw = record.fields.find((f) => f.code === "D")?.value;
      const parts = raw ? tokenizeQifDate(raw) : null;
      if (parts) dates.push(parts);
    }
  }
  return dates;
}

function collectAmounts(sections: QifSection[]): string[] {
  const values: string[] = [];
  for (const section of sections) for (const record of section.records) for (const f of record.fields) if (f.code === "T" || f.code === "U" || f.code === "$") values.push(f.value);
  return values;
}

// "Opening Balance" in the languages of Quicken's and its clones' (MoneyMoney, Banktivity, Moneyspire) exports.
const OPENING_BALANCE_PAYEES = new Set(["opening balance", "eröffnungssaldo", "anfangssaldo", "solde initial", "solde d'ouverture", "saldo inicial", "beginsaldo", "saldo iniziale", "startsaldo"]);

/** Quicken writes the account's opening balance as a first record paid to "Opening Balance" from itself. */
function isOpeningBalance(section: QifSection, index: number): boolean {
  if (index !== 0 || section.kind === "investment") return false;
  const record = section.records[0];
  const payee = record?.fields.find((f) => f.code === "P")?.value.trim().toLowerCase() ?? "";
  const category = record?.fields.find((f) => f.code === "L")?.value.trim() ?? "";
  return OPENING_BALANCE_PAYEES.has(payee) && category.startsWith("[");
}

export function parseQif(bytes: Uint8Array, options: ParseOptions = {}): ParseResult {
  if (bytes.length === 0) throw new AppError("PARSE_ERROR", "QIF: the file is empty.", { details: { line: 1 } });
  const decoded = decodeBytes(bytes, { forced: options.encoding ?? null });
  const document = readQifRecords(trimPadding(repairWindows1252(decoded.text, decoded.encoding)));
  const warnings: ParseWarning[] = [...document.warnings];
  if (document.sections.length === 0) {
    throw new AppError("PARSE_ERROR", "QIF: no transaction section (!Type:Bank, Cash, CCard, Invst, Oth A or Oth L) in this file.", { details: { line: 1 } });
  }
  const { order, isConflicting } = document.dateOrder ? { order: document.dateOrder, isConflicting: false } : chooseDateOrder(collectDates(document.sections));
  if (isConflicting) warnings.push({ message: `Dates are written both day/month and month/day; the majority (${order === "DMY" ? "day/month" : "month/day"}) was used.` });
  const currency = normalizeCurrency(options.defaultCurrency);
  const ctx: QifContext = {
    order, decimalSeparator: detectDecimalSeparator(collectAmounts(document.sections)), currency, warnings,
    splits: { count: 0, line: 0 }, skippedActions: new Map(),
  };

  const byAccount = new Map<string, NormalizedStatement>();
  for (const section of document.sections) {
    const name = section.account?.name ?? null;
    const key = `${name ?? ""}\u0000${section.kind}`;
    let statement = byAccount.get(key);
    if (!statement) {
      const type = section.account?.type ?? SECTION_ACCOUNT_TYPES[section.kind];
      statement = { account: { externalId: null, iban: null, number: null, bankId: null, name, type, currency }, openingBalance: null, closingBalance: null, transactions: [] };
      byAccount.set(key, statement);
    }
    section.records.forEach((record, index) => {
      const transaction = section.kind === "investment" ? mapInvestmentRecord(record, ctx) : mapBankRecord(record, ctx);
      if (!transaction) return;
      if (isOpeningBalance(section, index) && statement.openingBalance === null) {
        statement.openingBalance = { amount: transaction.amount, date: transaction.date };
        warnings.push({ line: record.line, message: "Quicken's \"Opening Balance\" record read as the opening balance, not as a transaction." });
      } else statement.transactions.push(transaction);
    });
    const balance = section.account?.balance;
    if (balance && statement.closingBalance === null) {
      // !Account "$" and "/": the statement balance and its date, when Quicken wrote them.
      const amount = readAmount(balance, ctx);
      const dateParts = tokenizeQifDate(section.account?.balanceDate ?? "");
      if (typeof amount === "string") statement.closingBalance = { amount, date: dateParts ? toIsoDay(dateParts, order) : null };
    }
  }
  if (ctx.splits.count > 0) warnings.push({ line: ctx.splits.line, message: `${ctx.splits.count} split transaction(s): each total is imported, its split lines (S/E/$) are not.` });
  for (const [action, { count, line }] of ctx.skippedActions) {
    warnings.push({ line, message: `Investment action ${action}: ${count} record(s) not imported (no cash in or out of the account).` });
  }
  return { format: "qif", encoding: decoded.encoding, statements: [...byAccount.values()], warnings };
}

export const qifAggregator: FileAggregator = {
  id: "qif",
  kind: "file",
  detect: detectQif,
  parse: parseQif,
};
