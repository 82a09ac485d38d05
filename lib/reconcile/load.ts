/**
 * Loaders of the matching run (raw SQL, scoped by householdId). Bills of the scope come whole; transactions
 * only when they can be a candidate: each bill's debit/credit target (amount range × date window) and each
 * combinable group's sum range go into a temporary table, joined on the (householdId, amountMinor) index. On
 * SQLite this is one index range probe per distinct target instead of reading every transaction.
 */
import type { RawTx } from "../db/raw";
import { addDays } from "../dates";
import { foldVendor } from "./brands";
import { DEFAULT_DATE_LOWER_DAYS, DEFAULT_DATE_UPPER_DAYS, GROUP_VENDORS, debitDate, isHealthBill, makeSearchSpec, searchesCredit } from "./criteria";
import { searchesDebit } from "./debits";
import { isMatchableBill } from "./bills";
import { parseStoredCriteria } from "./input";
import { sharedDayNumber } from "./candidates";
import type { KnownLink, LinkKind, MatchBill, MatchTransaction } from "./types";

interface BillRow {
  id: string; vendor: string; type: string | null; amountMinor: bigint; currency: string; date: string;
  originalAmountMinor: bigint | null; originalDate: string | null; groupAmountMinor: bigint | null;
  isRefund: bigint | number | boolean; isThirdPartyPayer: bigint | number | boolean; matchingCriteria: string | null;
  vendorRef: string | null; paymentReference: string | null; mandateId: string | null; creditorId: string | null;
}

/** The bills a run covers; `since` keeps those whose bill or care date is on or after that day. */
export function billScopeSql(since: string | undefined): { where: string; params: string[] } {
  return since
    ? { where: `"householdId" = ? AND "status" = 'complete' AND ("date" >= ? OR "originalDate" >= ?)`, params: [since, since] }
    : { where: `"householdId" = ? AND "status" = 'complete'`, params: [] };
}

export async function loadBills(tx: RawTx, householdId: string, since?: string, onlyBillId?: string): Promise<MatchBill[]> {
  const scope = billScopeSql(since);
  const rows = await tx.all<BillRow>(
    `SELECT "id", "vendor", "type", "amountMinor", "currency", "date", "originalAmountMinor", "originalDate", "groupAmountMinor", "isRefund",
            "isThirdPartyPayer", "matchingCriteria", "vendorRef", "paymentReference", "mandateId", "creditorId"
       FROM "Bill" WHERE ${scope.where}${onlyBillId ? ` AND "id" = ?` : ""}`,
    [householdId, ...scope.params, ...(onlyBillId ? [onlyBillId] : [])],
  );
  return rows.map((r) => ({
    id: r.id, vendor: r.vendor, type: r.type, currency: r.currency, date: r.date,
    amountMinor: BigInt(r.amountMinor), originalAmountMinor: r.originalAmountMinor === null ? null : BigInt(r.originalAmountMinor),
    originalDate: r.originalDate, groupAmountMinor: r.groupAmountMinor === null ? null : BigInt(r.groupAmountMinor),
    isRefund: Boolean(Number(r.isRefund)), isThirdPartyPayer: Boolean(Number(r.isThirdPartyPayer)),
    criteria: parseStoredCriteria(r.matchingCriteria, r.currency),
    vendorRef: r.vendorRef, paymentReference: r.paymentReference, mandateId: r.mandateId, creditorId: r.creditorId,
  }));
}

export type Target = [lo: bigint, hi: bigint, from: string, to: string, health: number];

const dayStrings = new Map<number, string>();
function dayString(day: number): string {
  let text = dayStrings.get(day);
  if (text === undefined) dayStrings.set(day, (text = new Date(day * 86_400_000).toISOString().slice(0, 10)));
  return text;
}

/** Every amount × date box a candidate transaction must fall into (deduplicated). */
export function candidateTargets(bills: readonly MatchBill[]): Target[] {
  const seen = new Map<string, Target>();
  const add = (t: Target) => seen.set(t.join("|"), t);
  const groups = new Map<string, MatchBill[]>();
  for (const bill of bills) {
    if (!isMatchableBill(bill)) continue;
    const health = isHealthBill(bill) ? 1 : 0;
    for (const kind of ["debit", "credit"] as const) {
      if (kind === "debit" ? !searchesDebit(bill) : !searchesCredit(bill)) continue;
      const spec = makeSearchSpec(bill, kind, sharedDayNumber);
      add([spec.minMinor, spec.maxMinor, dayString(spec.fromDay), dayString(spec.toDay), health]);
    }
    if (searchesDebit(bill) && (health || GROUP_VENDORS.includes(foldVendor(bill.vendor)))) {
      const key = `${debitDate(bill)}|${foldVendor(bill.vendor)}|${bill.currency}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = []));
      group.push(bill);
    }
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const amounts = group.map((b) => b.originalAmountMinor ?? b.amountMinor).sort((a, b) => (a < b ? -1 : 1));
    const total = amounts.reduce((s, a) => s + a, 0n);
    const slack = group.reduce((m, b) => [b.criteria.amountLowerDeltaMinor ?? 0n, b.criteria.amountUpperDeltaMinor ?? 0n].reduce((x, y) => (y > x ? y : x), m), 0n);
    const lower = Math.max(DEFAULT_DATE_LOWER_DAYS, ...group.map((b) => b.criteria.dateLowerDeltaDays ?? 0));
    const upper = Math.max(DEFAULT_DATE_UPPER_DAYS, ...group.map((b) => b.criteria.dateUpperDeltaDays ?? 0));
    const day = debitDate(group[0]!);
    add([-total - slack, -(amounts[0]! + amounts[1]!) + slack, addDays(day, -lower), addDays(day, upper), isHealthBill(group[0]!) ? 1 : 0]);
  }
  return [...seen.values()];
}

interface TxRow { id: string; date: string; amountMinor: bigint; currency: string; label: string; rawLabel: string | null; categoryId: string }

// rawLabel only when it differs from label: most rows, one string less to build.
const TX_COLUMNS = `t."id", t."date", t."amountMinor", t."currency", t."label", CASE WHEN t."rawLabel" = t."label" THEN NULL ELSE t."rawLabel" END AS "rawLabel", t."categoryId"`;

const NO_REIMBURSEMENTS: readonly never[] = [];

/** Completes the row in place (a million rows: one object each, not two). */
function toMatchTransaction(r: TxRow): MatchTransaction {
  const tx = r as TxRow & Partial<MatchTransaction>;
  if (typeof tx.amountMinor !== "bigint") tx.amountMinor = BigInt(tx.amountMinor);
  tx.realisationDate = null;
  tx.accountType = null;
  tx.reimbursements = NO_REIMBURSEMENTS;
  return tx as MatchTransaction;
}

/** Above this width an amount range is cheaper to find through the date indexes than through the amount index. */
const WIDE_AMOUNT_RANGE_MINOR = 5_000n;
/** Below this share of the household's transactions, probing the amount index beats one sequential pass. */
const PROBE_SHARE = 0.05;

const RANGE_TABLE = `("lo" BIGINT NOT NULL, "hi" BIGINT NOT NULL, "dfrom" TEXT NOT NULL, "dto" TEXT NOT NULL, "health" INTEGER NOT NULL)`;
const EXACT_TABLE = `("amount" BIGINT NOT NULL, "dfrom" TEXT NOT NULL, "dto" TEXT NOT NULL, "health" INTEGER NOT NULL, PRIMARY KEY ("amount", "dfrom", "dto", "health"))`;
const byLoThenFrom = (a: Target, b: Target) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);

/**
 * Three shapes of target, three access paths (measured on 1M transactions / 120k targets, bench/match):
 * - exact amounts (the default criteria, nearly every bill) go to a temp table keyed by (amount, window).
 *   Few targets: one probe each into the (householdId, amountMinor) index. Many (over PROBE_SHARE of the
 *   household's transactions): the probes cost one random row read per same-amount transaction (~800k: 7 s), so
 *   SQLite instead reads the household's rows once in storage order and looks each amount up in the keyed temp
 *   table (2 s). `+t."householdId"` keeps SQLite off the householdId indexes for that pass (random order).
 * - other narrow ranges (widened criteria) probe the amount index from a second temp table.
 * - wide ranges (combinations) are merged into a few date ranges read through the (householdId, categoryId,
 *   date) or (householdId, date) index; `amountMinor + 0` keeps SQLite off the amount index for them.
 * CROSS JOIN fixes SQLite's loop order (left table outside). Rows are deduplicated here.
 */
export async function loadCandidateTransactions(tx: RawTx, householdId: string, targets: readonly Target[], plan: "auto" | "probe" | "scan" = "auto"): Promise<MatchTransaction[]> {
  const exact = targets.filter((t) => t[0] === t[1]).sort(byLoThenFrom);
  const ranged = targets.filter((t) => t[0] !== t[1] && t[1] - t[0] <= WIDE_AMOUNT_RANGE_MINOR).sort(byLoThenFrom);
  const wide = targets.filter((t) => t[1] - t[0] > WIDE_AMOUNT_RANGE_MINOR);
  const byId = new Map<string, TxRow>();
  const collect = (rows: TxRow[]) => rows.forEach((r) => byId.set(r.id, r));
  const healthFilter = `(g."health" = 0 OR t."categoryId" LIKE '4006%')`;
  const isSqlite = tx.provider === "sqlite";

  await tx.run(`CREATE TEMP TABLE IF NOT EXISTS "match_exact" ${EXACT_TABLE}${isSqlite ? " WITHOUT ROWID" : ""}`);
  await tx.run(`DELETE FROM "match_exact"`);
  await tx.insertMany("match_exact", ["amount", "dfrom", "dto", "health"], exact.map((t) => [t[0], t[2], t[3], t[4]]));
  let isScan = isSqlite && plan === "scan";
  if (isSqlite && plan === "auto") {
    const [count] = await tx.all<{ n: bigint }>(`SELECT COUNT(*) AS "n" FROM "Transaction" WHERE "householdId" = ?`, [householdId]);
    isScan = exact.length > Number(count?.n ?? 0n) * PROBE_SHARE;
  }
  collect(await tx.all<TxRow>(
    isScan
      ? `SELECT ${TX_COLUMNS} FROM "Transaction" t CROSS JOIN "match_exact" g
          WHERE +t."householdId" = ? AND g."amount" = t."amountMinor" AND t."date" BETWEEN g."dfrom" AND g."dto" AND t."deletedAt" IS NULL AND ${healthFilter}`
      : `SELECT ${TX_COLUMNS} FROM "match_exact" g CROSS JOIN "Transaction" t
          WHERE t."householdId" = ? AND t."amountMinor" = g."amount" AND t."date" BETWEEN g."dfrom" AND g."dto" AND t."deletedAt" IS NULL AND ${healthFilter}`,
    [householdId],
  ));
  await tx.run(`DELETE FROM "match_exact"`);

  if (ranged.length) {
    await tx.run(`CREATE TEMP TABLE IF NOT EXISTS "match_range" ${RANGE_TABLE}`);
    await tx.run(`DELETE FROM "match_range"`);
    await tx.insertMany("match_range", ["lo", "hi", "dfrom", "dto", "health"], ranged);
    collect(await tx.all<TxRow>(
      `SELECT ${TX_COLUMNS} FROM "match_range" g CROSS JOIN "Transaction" t
        WHERE t."householdId" = ? AND t."amountMinor" BETWEEN g."lo" AND g."hi" AND t."date" BETWEEN g."dfrom" AND g."dto" AND t."deletedAt" IS NULL AND ${healthFilter}`,
      [householdId],
    ));
    await tx.run(`DELETE FROM "match_range"`);
  }
  for (const [lo, hi, from, to, health] of mergeWindows(wide)) {
    collect(await tx.all<TxRow>(
      `SELECT ${TX_COLUMNS} FROM "Transaction" t
        WHERE t."householdId" = ? ${health ? `AND t."categoryId" IN ('400600', '400610', '400620')` : ""} AND t."date" BETWEEN ? AND ?
          AND t."amountMinor" + 0 BETWEEN ? AND ? AND t."deletedAt" IS NULL`,
      [householdId, from, to, lo, hi],
    ));
  }
  return [...byId.values()].map(toMatchTransaction);
}

/** Overlapping wide windows (one per combinable group, they overlap a lot) merged into a few date ranges. */
export function mergeWindows(wide: readonly Target[]): Target[] {
  const merged: Target[] = [];
  for (const health of [1, 0]) {
    const sorted = wide.filter((w) => w[4] === health).sort((a, b) => (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
    for (const t of sorted) {
      const last = merged[merged.length - 1];
      if (last && last[4] === health && t[2] <= last[3]) {
        if (t[0] < last[0]) last[0] = t[0];
        if (t[1] > last[1]) last[1] = t[1];
        if (t[3] > last[3]) last[3] = t[3];
      } else {
        merged.push([...t]);
      }
    }
  }
  return merged;
}

/** Transactions a locked link points at that the windows did not bring (linked by hand, far from the bill). */
export async function loadTransactionsById(tx: RawTx, householdId: string, ids: readonly string[]): Promise<MatchTransaction[]> {
  const out: MatchTransaction[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = await tx.all<TxRow>(
      `SELECT ${TX_COLUMNS} FROM "Transaction" t WHERE t."householdId" = ? AND t."deletedAt" IS NULL AND t."id" IN (${chunk.map(() => "?").join(", ")})`,
      [householdId, ...chunk],
    );
    out.push(...rows.map(toMatchTransaction));
  }
  return out;
}

export interface StoredLink extends KnownLink {
  id: string;
  score: number | null;
}

export async function loadLinks(tx: RawTx, householdId: string): Promise<StoredLink[]> {
  const rows = await tx.all<{ id: string; billId: string; transactionId: string; kind: string; amountMinor: bigint; state: string; score: number | null }>(
    `SELECT "id", "billId", "transactionId", "kind", "amountMinor", "state", "score" FROM "BillLink" WHERE "householdId" = ?`,
    [householdId],
  );
  return rows.map((r) => ({
    id: r.id, billId: r.billId, transactionId: r.transactionId, kind: r.kind as LinkKind, amountMinor: BigInt(r.amountMinor),
    state: r.state === "confirmed" || r.state === "rejected" ? r.state : "auto", score: r.score === null ? null : Number(r.score),
  }));
}
