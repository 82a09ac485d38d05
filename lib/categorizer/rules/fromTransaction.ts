/**
 * "Always categorize transactions like this one": a rule drafted from one transaction. It matches the clean
 * payee (or, without one, the clean label) exactly, so the household's other merchants are not caught; the
 * UI shows it for editing and previews it (previewRuleApplication) before saving.
 */
import { normalizeLabel } from "../normalize";
import type { RuleInput } from "./schema";

export interface DraftSource {
  rawLabel: string;
  amountMinor: bigint;
}

export function draftRuleFromTransaction(tx: DraftSource, categoryId: string): Omit<RuleInput, "id"> {
  const normalized = normalizeLabel(tx.rawLabel, tx.amountMinor > 0n);
  const field = normalized.payee ? "payee" : "label";
  const value = (normalized.payee ?? normalized.label).slice(0, 200);
  const conditions: RuleInput["conditions"] = [{ field, op: "equals", value }];
  // A refund and a purchase of the same merchant usually share the category; a salary and a transfer to the
  // same company do not: keep the sign for transfers.
  if (normalized.kind === "transfer_in" || normalized.kind === "transfer_out") conditions.push({ field: "amount", op: "sign", sign: tx.amountMinor > 0n ? "credit" : "debit" });
  return { name: `${value} → ${categoryId}`, stage: "default", conditionsOp: "and", conditions, actions: [{ type: "setCategory", categoryId }], isEnabled: true };
}
