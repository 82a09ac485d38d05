"use server";
import { revalidatePath } from "next/cache";
import { completeBill } from "@/lib/bills/complete";
import { confirmLink, linkByHand, rejectLink } from "@/lib/reconcile/links";
import { matchHousehold } from "@/lib/reconcile/run";
import { requireHouseholdContext } from "@/lib/http/session";
import { formFields, toActionState } from "@/lib/http/action-result";
import type { ActionState } from "@/lib/http/action-state";
import { t } from "@/lib/i18n";
import { parseAmount } from "@/lib/money";

function refresh(billId: string) {
  revalidatePath("/bills");
  revalidatePath(`/bills/${billId}`);
}

export async function confirmLinkAction(billId: string, linkId: string, _previous: ActionState): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  try {
    await confirmLink(ctx, linkId);
  } catch (error) {
    return toActionState(error, ctx.locale);
  }
  refresh(billId);
  return { notice: t(ctx.locale, "bills.links.confirmed"), savedAt: Date.now() };
}

export async function rejectLinkAction(billId: string, linkId: string, _previous: ActionState): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  try {
    await rejectLink(ctx, linkId);
  } catch (error) {
    return toActionState(error, ctx.locale);
  }
  refresh(billId);
  return { notice: t(ctx.locale, "bills.links.rejectedNotice"), savedAt: Date.now() };
}

export async function linkByHandAction(billId: string, transactionId: string, kind: string, _previous: ActionState): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  try {
    await linkByHand(ctx, billId, transactionId, kind);
  } catch (error) {
    return toActionState(error, ctx.locale);
  }
  refresh(billId);
  return { notice: t(ctx.locale, "bills.search.linked"), savedAt: Date.now() };
}

/** Re-runs matching over every bill of the household (links the user confirmed or rejected stay as they are). */
export async function rerunMatchingAction(_previous: ActionState): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  try {
    const report = await matchHousehold(ctx);
    revalidatePath("/bills", "layout");
    return { notice: t(ctx.locale, "bills.rerunDone", { created: report.linksCreated, removed: report.linksRemoved, kept: report.linksKept + report.linksUpdated }), savedAt: Date.now() };
  } catch (error) {
    return toActionState(error, ctx.locale);
  }
}

export async function completeBillAction(billId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  const f = formFields(formData);
  try {
    await completeBill(ctx, billId, {
      vendor: f.vendor ?? "", vendorRef: f.vendorRef || null, type: f.type || null, amount: parseAmount(f.amount ?? "") ?? f.amount ?? "", currency: f.currency ?? "",
      date: f.date ?? "", dueDate: f.dueDate || null, isRefund: f.isRefund === "on",
    });
  } catch (error) {
    return toActionState(error, ctx.locale, formData);
  }
  refresh(billId);
  return { notice: t(ctx.locale, "bills.complete.saved"), savedAt: Date.now() };
}
