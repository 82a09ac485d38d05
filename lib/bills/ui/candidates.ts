/**
 * "Link by hand": the transactions a user may pick for a bill. By default the matcher's own box — the bill's
 * debit (or credit) amount, in its currency, within −15/+29 days of its date — widened by the user: a wider
 * date window, any amount, a label search. Scoped to the household, deleted transactions excluded.
 */
import { z } from "zod";
import { raw, type SqlValue } from "../../db/raw";
import { addDays, daysBetween } from "../../dates";
import { toMinor } from "../../money";
import type { HouseholdContext } from "../../auth/guard";
import type { BillRecord } from "../list";

export const candidateQuerySchema = z.object({
  kind: z.enum(["debit", "credit", "reimbursement"]).default("debit"),
  q: z.string().trim().max(100).default(""),
  /** Days on each side of the bill's date (the default is the matcher's −15/+29). */
  days: z.coerce.number().int().min(1).max(366).optional(),
  anyAmount: z.preprocess((v) => v === "1" || v === "on" || v === true, z.boolean()).default(false),
});
export type CandidateQuery = z.input<typeof candidateQuerySchema>;

export interface CandidateTransaction {
  id: string;
  date: string;
  label: string;
  amountMinor: bigint;
  currency: string;
  accountName: string;
  dayDistance: number;
}

const MAX_CANDIDATES = 30;

/** The amount the bill should show on a transaction of that kind: negative for a debit, positive for a credit. */
export function targetAmountMinor(bill: Pick<BillRecord, "amountMinor" | "originalAmount" | "groupAmount" | "currency">, kind: "debit" | "credit" | "reimbursement"): bigint {
  const minor = (value: string | null) => (value ? toMinor(value, bill.currency) : bill.amountMinor);
  if (kind === "credit") return minor(bill.groupAmount);
  // A debit, and a reimbursement (recorded on the debit the care was paid with): what left the account.
  return -minor(bill.originalAmount);
}

export async function searchCandidates(ctx: HouseholdContext, bill: BillRecord, query: CandidateQuery): Promise<CandidateTransaction[]> {
  const q = candidateQuerySchema.parse(query);
  const target = targetAmountMinor(bill, q.kind);
  const around = q.kind === "credit" ? bill.date : (bill.originalDate ?? bill.date);
  const from = addDays(around, -(q.days ?? 15));
  const to = addDays(around, q.days ?? 29);
  const where = [`t."householdId" = ?`, `t."deletedAt" IS NULL`, `t."currency" = ?`, `t."date" >= ?`, `t."date" <= ?`];
  const params: SqlValue[] = [ctx.householdId, bill.currency, from, to];
  where.push(target < 0n ? `t."amountMinor" < 0` : `t."amountMinor" > 0`);
  if (!q.anyAmount && !q.q) {
    where.push(`t."amountMinor" = ?`);
    params.push(target);
  }
  if (q.q) {
    // LIKE with the user's text taken literally (% and _ escaped).
    where.push(`LOWER(t."label") LIKE ? ESCAPE '\\'`);
    params.push(`%${q.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  const rows = await raw().all<{ id: string; date: string; label: string; amountMinor: bigint | number | string; currency: string; accountName: string }>(
    `SELECT t."id", t."date", t."label", t."amountMinor", t."currency", a."name" AS "accountName"
       FROM "Transaction" t JOIN "Account" a ON a."id" = t."accountId"
      WHERE ${where.join(" AND ")} ORDER BY t."date" DESC, t."id" DESC LIMIT 500`,
    params,
  );
  const abs = (v: bigint) => (v < 0n ? -v : v);
  return rows
    .map((r) => ({ id: r.id, date: r.date, label: r.label, amountMinor: BigInt(r.amountMinor), currency: r.currency, accountName: r.accountName, dayDistance: Math.abs(daysBetween(around, r.date)) }))
    .sort((a, b) => {
      const da = abs(a.amountMinor - target);
      const db = abs(b.amountMinor - target);
      return da !== db ? (da < db ? -1 : 1) : a.dayDistance - b.dayDistance;
    })
    .slice(0, MAX_CANDIDATES);
}
