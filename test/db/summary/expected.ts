/**
 * What the summary tables must hold, computed in plain code from every "Transaction" row (independent of the
 * triggers' and rebuildSummaries' SQL), and the tables' actual contents, both as sorted comparable lines.
 */
import { raw, type RawTx } from "../../../lib/db/raw";
import { TRANSFER_CATEGORY_IDS, toBigInt, toBoolean } from "../../../lib/insights/scope";

interface TxRow {
  householdId: string;
  accountId: string;
  date: string;
  status: string;
  amountMinor: unknown;
  currency: string;
  categoryId: string;
  payee: string | null;
  transferId: string | null;
  deletedAt: unknown;
}

function add(sums: Map<string, { s: bigint; n: number }>, key: string, amountMinor: bigint) {
  const sum = sums.get(key) ?? { s: 0n, n: 0 };
  sum.s += amountMinor;
  sum.n += 1;
  sums.set(key, sum);
}

const lines = (sums: Map<string, { s: bigint; n: number }>) => [...sums].map(([key, { s, n }]) => `${key} | ${s} | ${n}`).sort();

export async function expectedSummaries(db: RawTx = raw()): Promise<{ day: string[]; month: string[] }> {
  const rows = await db.all<TxRow>(`SELECT "householdId", "accountId", "date", "status", "amountMinor", "currency", "categoryId", "payee", "transferId", "deletedAt" FROM "Transaction"`);
  const day = new Map<string, { s: bigint; n: number }>();
  const month = new Map<string, { s: bigint; n: number }>();
  const transferCategories: readonly string[] = TRANSFER_CATEGORY_IDS;
  for (const row of rows) {
    if (row.deletedAt !== null) continue;
    const amountMinor = toBigInt(row.amountMinor);
    add(day, [row.householdId, row.accountId, row.date, row.status].join(" | "), amountMinor);
    const isTransfer = (row.transferId ?? "") !== "" || transferCategories.includes(row.categoryId);
    if (isTransfer || amountMinor === 0n) continue;
    add(month, [row.householdId, row.date.slice(0, 7), row.currency, row.categoryId, row.payee ?? "", amountMinor > 0n, row.status].join(" | "), amountMinor);
  }
  return { day: lines(day), month: lines(month) };
}

export async function actualSummaries(db: RawTx = raw()): Promise<{ day: string[]; month: string[] }> {
  const day = await db.all<{ householdId: string; accountId: string; date: string; status: string; sumMinor: unknown; rowCount: unknown }>(`SELECT * FROM "TransactionDaySum"`);
  const month = await db.all<{ householdId: string; month: string; currency: string; categoryId: string; payee: string; isIncome: unknown; status: string; sumMinor: unknown; rowCount: unknown }>(`SELECT * FROM "TransactionMonthSum"`);
  return {
    day: day.map((r) => [r.householdId, r.accountId, r.date, r.status, toBigInt(r.sumMinor), Number(r.rowCount)].join(" | ")).sort(),
    month: month.map((r) => [r.householdId, r.month, r.currency, r.categoryId, r.payee, toBoolean(r.isIncome), r.status, toBigInt(r.sumMinor), Number(r.rowCount)].join(" | ")).sort(),
  };
}
