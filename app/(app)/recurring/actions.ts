"use server";
import { revalidatePath } from "next/cache";
import { attachAndDetect } from "@/lib/insights/recurrences/store";
import { editSeries, setSeriesState } from "@/lib/insights/recurrences/review";
import { linkTransfers } from "@/lib/insights/transfers/link";
import { confirmTransfer, undoTransfer } from "@/lib/insights/transfers/review";
import { requireHouseholdContext } from "@/lib/http/session";
import { formFields, toActionState } from "@/lib/http/action-result";
import type { ActionState } from "@/lib/http/action-state";
import { requirePermission } from "@/lib/auth/guard";
import { rt } from "./messages";

function refresh() {
  revalidatePath("/recurring");
  revalidatePath("/recurring/transfers");
  revalidatePath("/");
}

export async function setSeriesStateAction(seriesId: string, state: "confirmed" | "dismissed" | "detected"): Promise<void> {
  const ctx = await requireHouseholdContext();
  await setSeriesState(ctx, seriesId, state);
  refresh();
}

export async function editSeriesAction(seriesId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  const fields = formFields(formData);
  try {
    await editSeries(ctx, seriesId, { name: fields.name ?? "", amount: fields.amount ?? "", intervalDays: fields.intervalDays ?? "" });
  } catch (error) {
    return toActionState(error, ctx.locale, formData);
  }
  refresh();
  return { notice: rt(ctx.locale, "saved"), savedAt: Date.now() };
}

export async function detectNowAction(_previous: ActionState): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  try {
    requirePermission(ctx, "write");
    const transfers = await linkTransfers(ctx);
    const { attached, created } = await attachAndDetect(ctx);
    refresh();
    return { notice: rt(ctx.locale, "detected", { created, attached, transfers }), savedAt: Date.now() };
  } catch (error) {
    return toActionState(error, ctx.locale);
  }
}

export async function confirmTransferAction(transferId: string): Promise<void> {
  const ctx = await requireHouseholdContext();
  await confirmTransfer(ctx, transferId);
  refresh();
}

export async function undoTransferAction(transferId: string): Promise<void> {
  const ctx = await requireHouseholdContext();
  await undoTransfer(ctx, transferId);
  refresh();
}
