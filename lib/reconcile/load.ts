/**
 * Loaders of the matching run (raw SQL, scoped by householdId). Bills of the scope come whole; transactions
 * only when they can be a candidate: each bill's debit/credit target (amount range × date window) and each
 * combinable group's sum range go into a temporary table, joined on the (householdId, amountMinor) index. On
 * SQLite this is one index range probe per distinct target instead of reading every transaction.
 */
import type { RawTx } from "../db/raw";
import { addDays } from "../dates";
import { foldName } from "./brands";
import { DEFAULT_DATE_LOWER_DAYS, DEFAULT_DATE_UPPER_DAYS, GROUP_VENDORS, debitDate, isHealthBill, makeSearchSpec, searchesCredit } from "./criteria";
import { searchesDebit } from "./debits";
import { isMatchableBill } from "./bills";
import { parseStoredCriteria } from "./input";
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

export async function loadBills(tx: RawTx, householdId: string, since?: string): Promise<MatchBill[]> {
  const scope = billScopeSql(since);
  const rows = await tx.all<BillRow>(
    `SELECT "id", "vendor", "type", "amountMinor", "currency", "date", "originalAmountMinor", "originalDate", "groupAmountMinor", "isRefund",
            "isThirdPartyPayer", "matchingCriteria", "vendorRef", "paymentReference", "mandateId", "creditorId"
       FROM "Bill" WHERE ${scope.where}`,
    [householdId, ...scope.params],
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

type Target = [lo: bigint, hi: bigint, from: string, to: string, health: number];

const dayString = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

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
      const spec = makeSearchSpec(bill, kind, (iso) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000));
      add([spec.minMinor, spec.maxMinor, dayString(spec.fromDay), dayString(spec.toDay), health]);
    }
    if (searchesDebit(bill) && (health || GROUP_VENDORS.includes(foldName(bill.vendor ?? "")))) {
      const key = `${debitDate(bill)}|${foldName(bill.vendor ?? "")}|${bill.currency}`;
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

interface TxRow { id: string; date: string; amountMinor: bigint; currency: string; label: string; rawLabel: string; categoryId: string }

const TX_COLUMNS = `t."id", t."date", t."amountMinor", t."currency", t."label", t."rawLabel", t."categoryId"`;

function toMatchTransaction(r: TxRow): MatchTransaction {
  return {
    id: r.id, date: r.date, realisationDate: null, amountMinor: BigInt(r.amountMinor), currency: r.currency,
    label: r.label, rawLabel: r.rawLabel, categoryId: r.categoryId, accountType: null, reimbursements: [],
  };
}

export async function loadCandidateTransactions(tx: RawTx, householdId: string, targets: readonly Target[]): Promise<MatchTransaction[]> {
  await tx.run(`CREATE TEMP TABLE IF NOT EXISTS "match_target" ("lo" BIGINT NOT NULL, "hi" BIGINT NOT NULL, "dfrom" TEXT NOT NULL, "dto" TEXT NOT NULL, "health" INTEGER NOT NULL)`);
  await tx.run(`DELETE FROM "match_target"`);
  await tx.insertMany("match_target", ["lo", "hi", "dfrom", "dto", "health"], targets);
  const rows = await tx.all<TxRow>(
    `SELECT DISTINCT ${TX_COLUMNS}
       FROM "match_target" g
       JOIN "Transaction" t ON t."householdId" = ? AND t."amountMinor" BETWEEN g."lo" AND g."hi"
      WHERE t."date" BETWEEN g."dfrom" AND g."dto" AND t."deletedAt" IS NULL AND (g."health" = 0 OR t."categoryId" LIKE '4006%')`,
    [householdId],
  );
  await tx.run(`DELETE FROM "match_target"`);
  return rows.map(toMatchTransaction);
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
