/**
 * The user's corrections of bill links (DB edge): confirm, reject, link by hand. Scoped to the household: an id
 * of another household is NOT_FOUND. Confirmed and rejected links are never touched by matching runs (run.ts);
 * a rejected pair is never proposed again.
 */
import { AppError } from "../errors";
import { db } from "../db/client";
import { requirePermission, type HouseholdContext } from "../auth/guard";
import { LINK_KINDS, type LinkKind } from "./types";

async function getLink(ctx: HouseholdContext, linkId: string) {
  const link = await db().billLink.findFirst({ where: { id: linkId, householdId: ctx.householdId } });
  if (!link) throw new AppError("NOT_FOUND", "Bill link not found");
  return link;
}

export async function confirmLink(ctx: HouseholdContext, linkId: string) {
  requirePermission(ctx, "write");
  const link = await getLink(ctx, linkId);
  return db().billLink.update({ where: { id: link.id }, data: { state: "confirmed" } });
}

/** Rejects a link; a reimbursement that only existed because of it (same bill, on that debit) goes too. */
export async function rejectLink(ctx: HouseholdContext, linkId: string) {
  requirePermission(ctx, "write");
  const link = await getLink(ctx, linkId);
  return db().$transaction(async (tx) => {
    if (link.kind !== "reimbursement") {
      await tx.billLink.deleteMany({
        where: { householdId: ctx.householdId, billId: link.billId, kind: "reimbursement", state: "auto", ...(link.kind === "debit" ? { transactionId: link.transactionId } : {}) },
      });
    }
    return tx.billLink.update({ where: { id: link.id }, data: { state: "rejected" } });
  });
}

function isLinkKind(kind: string): kind is LinkKind {
  return (LINK_KINDS as readonly string[]).includes(kind);
}

/**
 * Links a bill to a transaction the user picked, confirmed. The link carries the bill's part (debit:
 * originalAmount || amount; credit and reimbursement: amount), capped at what the transaction still has room for;
 * a transaction already full is a CONFLICT. The bill's other automatic link of the same kind is dropped.
 */
export async function linkByHand(ctx: HouseholdContext, billId: string, transactionId: string, kind: string) {
  requirePermission(ctx, "write");
  if (!isLinkKind(kind)) throw new AppError("INVALID_INPUT", `kind must be one of ${LINK_KINDS.join(", ")}`);
  const [bill, transaction] = await Promise.all([
    db().bill.findFirst({ where: { id: billId, householdId: ctx.householdId } }),
    db().transaction.findFirst({ where: { id: transactionId, householdId: ctx.householdId, deletedAt: null } }),
  ]);
  if (!bill) throw new AppError("NOT_FOUND", "Bill not found");
  if (!transaction) throw new AppError("NOT_FOUND", "Transaction not found");
  const isCredit = kind === "credit";
  if (isCredit ? transaction.amountMinor <= 0n : transaction.amountMinor >= 0n) {
    throw new AppError("INVALID_INPUT", isCredit ? "A credit link needs money coming in (a positive transaction)." : `A ${kind} link needs money going out (a negative transaction).`);
  }
  if (bill.currency !== transaction.currency) throw new AppError("INVALID_INPUT", `The bill is in ${bill.currency}, the transaction in ${transaction.currency}.`);
  const billPart = kind === "debit" ? (bill.originalAmountMinor && bill.originalAmountMinor > 0n ? bill.originalAmountMinor : bill.amountMinor) : bill.amountMinor;
  const capacity = transaction.amountMinor < 0n ? -transaction.amountMinor : transaction.amountMinor;
  return db().$transaction(async (tx) => {
    const others = await tx.billLink.findMany({
      where: { householdId: ctx.householdId, transactionId, kind, state: { not: "rejected" }, NOT: { billId } },
      select: { amountMinor: true },
    });
    const room = capacity - others.reduce((s, l) => s + l.amountMinor, 0n);
    if (room <= 0n) throw new AppError("CONFLICT", `This transaction already carries its whole amount in ${kind} links.`);
    const amountMinor = billPart < room ? billPart : room;
    if (kind !== "reimbursement") {
      await tx.billLink.deleteMany({ where: { householdId: ctx.householdId, billId, kind, state: "auto", NOT: { transactionId } } });
    }
    return tx.billLink.upsert({
      where: { billId_transactionId_kind: { billId, transactionId, kind } },
      create: { householdId: ctx.householdId, billId, transactionId, kind, amountMinor, state: "confirmed" },
      update: { amountMinor, state: "confirmed" },
    });
  });
}
