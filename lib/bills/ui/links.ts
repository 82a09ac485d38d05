/**
 * Bill links as the pages show them (raw SQL, every query scoped by householdId): the links of a page of bills
 * with their transactions, and the facts the bill status needs (billStatus in state.ts).
 */
import { raw, type SqlValue } from "../../db/raw";
import type { HouseholdContext } from "../../auth/guard";
import type { LinkKind } from "../../reconcile/types";
import type { BillLinkFacts } from "./state";

export type LinkState = "auto" | "confirmed" | "rejected";

export interface BillLinkView {
  id: string;
  billId: string;
  transactionId: string;
  kind: LinkKind;
  amountMinor: bigint;
  state: LinkState;
  score: number | null;
  transaction: { date: string; label: string; amountMinor: bigint; currency: string; accountId: string; accountName: string; categoryId: string };
}

interface LinkRow {
  id: string; billId: string; transactionId: string; kind: string; amountMinor: bigint | number | string; state: string; score: number | null;
  date: string; label: string; txAmountMinor: bigint | number | string; currency: string; accountId: string; accountName: string; categoryId: string;
}

const LINK_SELECT = `SELECT l."id", l."billId", l."transactionId", l."kind", l."amountMinor", l."state", l."score",
  t."date", t."label", t."amountMinor" AS "txAmountMinor", t."currency", t."accountId", a."name" AS "accountName", t."categoryId"
  FROM "BillLink" l JOIN "Transaction" t ON t."id" = l."transactionId" JOIN "Account" a ON a."id" = t."accountId"`;

const toState = (state: string): LinkState => (state === "confirmed" || state === "rejected" ? state : "auto");

function toView(row: LinkRow): BillLinkView {
  return {
    id: row.id, billId: row.billId, transactionId: row.transactionId, kind: row.kind as LinkKind, amountMinor: BigInt(row.amountMinor),
    state: toState(row.state), score: row.score === null ? null : Number(row.score),
    transaction: { date: row.date, label: row.label, amountMinor: BigInt(row.txAmountMinor), currency: row.currency, accountId: row.accountId, accountName: row.accountName, categoryId: row.categoryId },
  };
}

const CHUNK = 500;

async function inChunks<T>(ids: readonly string[], query: (placeholders: string, chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const chunk = unique.slice(i, i + CHUNK);
    out.push(...(await query(chunk.map(() => "?").join(", "), chunk)));
  }
  return out;
}

/** Every link of these bills (rejected ones too: the bill page lists them), transactions not deleted. */
export async function listLinksOfBills(ctx: HouseholdContext, billIds: readonly string[]): Promise<BillLinkView[]> {
  const rows = await inChunks(billIds, (placeholders, chunk) =>
    raw().all<LinkRow>(
      `${LINK_SELECT} WHERE l."householdId" = ? AND t."householdId" = ? AND t."deletedAt" IS NULL AND l."billId" IN (${placeholders})
        ORDER BY l."kind", t."date"`,
      [ctx.householdId, ctx.householdId, ...chunk] as SqlValue[],
    ),
  );
  return rows.map(toView);
}

/** Links on these transactions (any bill), for "was this debit reimbursed?" and the transaction page. */
export async function listLinksOnTransactions(ctx: HouseholdContext, transactionIds: readonly string[]): Promise<BillLinkView[]> {
  const rows = await inChunks(transactionIds, (placeholders, chunk) =>
    raw().all<LinkRow>(
      `${LINK_SELECT} WHERE l."householdId" = ? AND t."householdId" = ? AND t."deletedAt" IS NULL AND l."transactionId" IN (${placeholders})
        ORDER BY l."kind", t."date"`,
      [ctx.householdId, ctx.householdId, ...chunk] as SqlValue[],
    ),
  );
  return rows.map(toView);
}

/**
 * The status facts per bill. A reimbursement counts when it is the bill's own, or when it is recorded on the
 * debit that paid the bill: the insurer's statement is often a different bill from the doctor's invoice.
 */
export function linkFactsByBill(billIds: readonly string[], links: readonly BillLinkView[], linksOnDebits: readonly BillLinkView[]): Map<string, BillLinkFacts> {
  const reimbursedDebits = new Set(linksOnDebits.filter((l) => l.kind === "reimbursement" && l.state !== "rejected").map((l) => l.transactionId));
  const facts = new Map<string, BillLinkFacts>(billIds.map((id) => [id, { hasDebit: false, hasCredit: false, hasReimbursement: false }]));
  for (const link of links) {
    const fact = facts.get(link.billId);
    if (!fact || link.state === "rejected") continue;
    if (link.kind === "debit") {
      fact.hasDebit = true;
      if (reimbursedDebits.has(link.transactionId)) fact.hasReimbursement = true;
    } else if (link.kind === "credit") {
      fact.hasCredit = true;
    } else {
      fact.hasReimbursement = true;
    }
  }
  return facts;
}

/** Links of some bills plus the facts of their status, in two queries. */
export async function loadBillLinks(ctx: HouseholdContext, billIds: readonly string[]): Promise<{ links: BillLinkView[]; facts: Map<string, BillLinkFacts> }> {
  const links = await listLinksOfBills(ctx, billIds);
  const debitIds = links.filter((l) => l.kind === "debit" && l.state !== "rejected").map((l) => l.transactionId);
  const onDebits = debitIds.length ? await listLinksOnTransactions(ctx, debitIds) : [];
  return { links, facts: linkFactsByBill(billIds, links, onDebits) };
}
