/**
 * Cozy Banks' CSV export (`export-data-banks.csv`: `;`-separated, quoted, 39 columns; reference/cozy-banks.md
 * "CSV export format") read into accounts and transactions. Rows with an empty label are accounts without
 * transactions. Category names are Cozy's category keys, and Cozy's category ids are ours, so they map straight
 * onto the built-in tree. Pure: text in, records out; every bad row is an AppError naming its line.
 */
import Papa from "papaparse";
import { AppError } from "../../errors";
import { normalizeCurrency, parseAmount, toMinor } from "../../money";
import { BUILT_IN_CATEGORIES } from "../../categorizer/tree";

export interface CozyAccount {
  /** "Unique account ID" (Cozy's vendorId), else the account number or name. */
  key: string;
  name: string;
  type: string;
  institution: string | null;
  number: string | null;
  iban: string | null;
  currency: string;
  balanceMinor: bigint | null;
}

export interface CozyTransaction {
  line: number;
  accountKey: string;
  /** "Unique ID" (Cozy's vendorId) when present. */
  uniqueId: string | null;
  date: string;
  realisationDate: string | null;
  label: string;
  rawLabel: string;
  categoryId: string;
  amountMinor: bigint;
  currency: string;
  isExpected: boolean;
  tags: string[];
}

export interface CozyExport {
  accounts: CozyAccount[];
  transactions: CozyTransaction[];
  /** Category names that matched nothing (their rows stay uncategorized). */
  unknownCategories: string[];
}

const COLUMNS = {
  date: "date", realisationDate: "realisation date", label: "label", rawLabel: "original bank label", category: "category name",
  amount: "amount", currency: "currency", expected: "expected?", bank: "bank name", accountName: "account name",
  customAccountName: "custom account name", accountNumber: "account number", accountType: "account type",
  balance: "account balance", iban: "account iban", uniqueId: "unique id", accountId: "unique account id",
} as const;

const ACCOUNT_TYPES: Record<string, string> = {
  checkings: "checking", checking: "checking", joint: "checking", business: "checking", savings: "savings", longtermsavings: "savings",
  creditcard: "card", card: "card", loan: "loan", reimbursements: "other", lifeinsurance: "investment", market: "investment", pea: "investment", other: "other",
};

const categoryByName = new Map<string, string>();
for (const c of BUILT_IN_CATEGORIES) for (const name of [c.key, c.nameEn, c.nameFr, c.id]) categoryByName.set(name.toLowerCase(), c.id);

export function parseCozyCsv(text: string): CozyExport {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { delimiter: ";", skipEmptyLines: "greedy" });
  const [header, ...rows] = parsed.data;
  if (!header) throw new AppError("INVALID_INPUT", "The Cozy Banks export is empty");
  const index = new Map(header.map((name, i) => [name.trim().toLowerCase(), i]));
  for (const required of [COLUMNS.date, COLUMNS.label, COLUMNS.amount, COLUMNS.accountName]) {
    if (!index.has(required)) throw new AppError("INVALID_INPUT", `Not a Cozy Banks export: line 1 has no "${required}" column`);
  }
  const cell = (row: string[], column: string) => (row[index.get(column) ?? -1] ?? "").trim();
  const accounts = new Map<string, CozyAccount>();
  const transactions: CozyTransaction[] = [];
  const unknownCategories = new Set<string>();
  rows.forEach((row, i) => {
    const line = i + 2;
    const fail = (message: string) => new AppError("INVALID_INPUT", `Line ${line}: ${message}`, { details: { line } });
    const currency = normalizeCurrency(cell(row, COLUMNS.currency) || "EUR");
    if (!currency) throw fail(`unknown currency "${cell(row, COLUMNS.currency)}"`);
    const accountName = cell(row, COLUMNS.customAccountName) || cell(row, COLUMNS.accountName);
    const accountKey = cell(row, COLUMNS.accountId) || cell(row, COLUMNS.accountNumber) || accountName;
    if (!accountKey) throw fail("the row names no account");
    if (!accounts.has(accountKey)) {
      const balance = cell(row, COLUMNS.balance);
      const balanceDecimal = balance ? parseAmount(balance) : null;
      accounts.set(accountKey, {
        key: accountKey, name: accountName || accountKey, currency,
        type: ACCOUNT_TYPES[cell(row, COLUMNS.accountType).toLowerCase().replace(/[\s_-]/g, "")] ?? "other",
        institution: cell(row, COLUMNS.bank) || null, number: cell(row, COLUMNS.accountNumber) || null,
        iban: cell(row, COLUMNS.iban).replace(/\s/g, "") || null,
        balanceMinor: balanceDecimal ? toMinor(balanceDecimal, currency) : null,
      });
    }
    const label = cell(row, COLUMNS.label);
    if (!label) return; // an account without transactions
    const amount = parseAmount(cell(row, COLUMNS.amount));
    if (amount === null) throw fail(`"${cell(row, COLUMNS.amount)}" is not an amount`);
    const date = toDay(cell(row, COLUMNS.date));
    if (!date) throw fail(`"${cell(row, COLUMNS.date)}" is not a date`);
    const categoryName = cell(row, COLUMNS.category);
    const categoryId = categoryName ? categoryByName.get(categoryName.toLowerCase()) : "0";
    if (!categoryId) unknownCategories.add(categoryName);
    transactions.push({
      line, accountKey, uniqueId: cell(row, COLUMNS.uniqueId) || null, date, realisationDate: toDay(cell(row, COLUMNS.realisationDate)),
      label, rawLabel: cell(row, COLUMNS.rawLabel) || label, categoryId: categoryId ?? "0", amountMinor: toMinor(amount, currency), currency,
      isExpected: /^(true|yes|oui|1)$/i.test(cell(row, COLUMNS.expected)),
      tags: [1, 2, 3, 4, 5].map((n) => cell(row, `tag ${n}`)).filter((t) => t.length > 0),
    });
  });
  return { accounts: [...accounts.values()], transactions, unknownCategories: [...unknownCategories] };
}

/** "2024-03-05", "2024-03-05T12:00:00Z" or "05/03/2024" → "2024-03-05"; anything else → null. */
export function toDay(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  const french = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : french ? [french[3], french[2], french[1]] : [];
  if (!year || !month || !day) return null;
  const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(day) ? null : `${year}-${month}-${day}`;
}
