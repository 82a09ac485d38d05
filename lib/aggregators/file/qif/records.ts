/**
 * First pass over a QIF file: lines → sections of records, each field with its line number. Knows the headers
 * (`!Type:…`, `!Account`, `!Option:AutoSwitch` / `!Clear:AutoSwitch`) and which sections hold transactions;
 * lists (categories, classes, memorized transactions, securities, prices) are counted and skipped.
 */
import { AppError } from "../../../errors";
import type { AccountType, ParseWarning } from "../../types";

export type SectionKind = "bank" | "cash" | "card" | "investment" | "asset" | "liability";

export interface QifField {
  code: string;
  value: string;
  line: number;
}

export interface QifRecord {
  line: number;
  fields: QifField[];
}

export interface QifAccount {
  name: string | null;
  type: AccountType | null;
  balance: string | null;
  balanceDate: string | null;
}

export interface QifSection {
  kind: SectionKind;
  line: number;
  account: QifAccount | null;
  records: QifRecord[];
}

const SECTION_KINDS: Record<string, SectionKind> = {
  bank: "bank", cash: "cash", ccard: "card", invst: "investment", "oth a": "asset", "oth l": "liability",
};

export const SECTION_ACCOUNT_TYPES: Record<SectionKind, AccountType> = {
  bank: "checking", cash: "cash", card: "card", investment: "investment", asset: "other", liability: "loan",
};

/** !Account T values: the section names plus Quicken's investment flavours ("Port", "401(k)", "Mutual"). */
function accountTypeOf(raw: string | null): AccountType | null {
  if (!raw) return null;
  const key = raw.trim().toLowerCase();
  const kind = SECTION_KINDS[key];
  if (kind) return SECTION_ACCOUNT_TYPES[kind];
  if (/^(port|401\(?k\)?|403\(?b\)?|mutual|invst|brokerage)/.test(key)) return "investment";
  return "other";
}

function accountFrom(fields: QifField[]): QifAccount {
  const value = (code: string) => fields.find((f) => f.code === code)?.value.trim() || null;
  return { name: value("N"), type: accountTypeOf(value("T")), balance: value("$"), balanceDate: value("/") };
}

export interface QifDocument {
  sections: QifSection[];
  warnings: ParseWarning[];
  /** "!Option:MDY" / "!Option:DMY": the exporter said how it writes dates. */
  dateOrder: "MDY" | "DMY" | null;
}

/** Without a !Type header, a file must open like a QIF record (a date or an amount field) to be read as one. */
const HEADERLESS_START = /^(D\s*\d|[TU]\s*[-+]?[\d.,])/;

export function readQifRecords(text: string): QifDocument {
  const sections: QifSection[] = [];
  const warnings: ParseWarning[] = [];
  const skippedLists = new Map<string, { count: number; line: number }>();
  let mode: "none" | "transactions" | "account" | "list" = "none";
  let section: QifSection | null = null;
  let listName = "";
  let current: QifAccount | null = null;
  let isAutoSwitch = false;
  // The !Account block right before a register header names that register, AutoSwitch or not (MoneyMoney, Quicken).
  let justRead: QifAccount | null = null;
  let dateOrder: "MDY" | "DMY" | null = null;
  let fields: QifField[] = [];
  let comments = 0;
  let firstCommentLine = 0;

  const flush = () => {
    if (fields.length === 0) return;
    if (mode === "transactions" && section) section.records.push({ line: (fields[0] as QifField).line, fields });
    else if (mode === "account") {
      justRead = accountFrom(fields);
      if (!isAutoSwitch) current = justRead;
    }
    else if (mode === "list") {
      const entry = skippedLists.get(listName);
      if (entry) entry.count++;
      else skippedLists.set(listName, { count: 1, line: (fields[0] as QifField).line });
    }
    fields = [];
  };
  const openSection = (kind: SectionKind, line: number) => {
    section = { kind, line, account: justRead ?? (isAutoSwitch ? null : current), records: [] };
    sections.push(section);
    mode = "transactions";
  };

  const lines = text.split(/\r\n|\r|\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] as string).trim();
    const lineNumber = index + 1;
    if (line === "") continue;
    if (line.includes("\u0000")) throw new AppError("PARSE_ERROR", `QIF: binary data at line ${lineNumber}: not a QIF file.`, { details: { line: lineNumber } });
    const code = line[0] as string;
    if (code === "!") {
      flush();
      const header = line.slice(1).trim();
      const lower = header.toLowerCase().replace(/\s+/g, " ");
      const wasAccount = mode === "account";
      const lastAccount = justRead;
      justRead = null;
      if (lower.startsWith("type:")) {
        const name = header.slice(5).trim();
        const kind = SECTION_KINDS[name.toLowerCase().replace(/\s+/g, " ")];
        if (kind) {
          if (wasAccount) justRead = lastAccount;
          openSection(kind, lineNumber);
          justRead = null;
        }
        else {
          mode = "list";
          listName = `!Type:${name}`;
        }
      } else if (lower === "account") mode = "account";
      else if (lower.startsWith("option:autoswitch")) isAutoSwitch = true;
      else if (lower.startsWith("clear:autoswitch")) isAutoSwitch = false;
      else if (lower === "option:mdy" || lower === "option:dmy") dateOrder = lower === "option:mdy" ? "MDY" : "DMY";
      else {
        mode = "list";
        listName = `!${header.slice(0, 40)}`;
      }
      continue;
    }
    if (code === "^") {
      flush();
      continue;
    }
    if (code === "#") {
      if (comments++ === 0) firstCommentLine = lineNumber;
      continue;
    }
    if (mode === "none") {
      if (!HEADERLESS_START.test(line)) {
        throw new AppError("PARSE_ERROR", `QIF: line ${lineNumber} is neither a header (!Type:…) nor a field: not a QIF file.`, { details: { line: lineNumber } });
      }
      warnings.push({ line: lineNumber, message: "No !Type header: read as a bank register." });
      openSection("bank", lineNumber);
    }
    fields.push({ code, value: line.slice(1), line: lineNumber });
  }
  flush();

  if (comments > 0) warnings.push({ line: firstCommentLine, message: `${comments} line(s) starting with "#" are not QIF and were ignored.` });
  for (const [name, { count, line }] of skippedLists) warnings.push({ line, message: `${name}: ${count} item(s) skipped (not transactions).` });
  return { sections, warnings, dateOrder };
}
