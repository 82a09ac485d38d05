/**
 * Rule housekeeping for the rules page (thin, household-scoped): enable/disable, move up/down within a
 * stage, the next free position of a stage, and "always categorize transactions like this one" drafts.
 */
import { raw } from "../../db/raw";
import { AppError } from "../../errors";
import { requirePermission, type HouseholdContext } from "../../auth/guard";
import { draftRuleFromTransaction, sortRules, type RuleInput } from "../rules";
import { ruleFromRow, selectRuleRows, selectTransactionsByIds } from "../db/rows";

export async function setRuleEnabled(ctx: HouseholdContext, ruleId: string, isEnabled: boolean): Promise<void> {
  requirePermission(ctx, "write");
  const changed = await raw().run(`UPDATE "Rule" SET "isEnabled" = ?, "updatedAt" = ? WHERE "id" = ? AND "householdId" = ?`, [isEnabled, new Date(), ruleId, ctx.householdId]);
  if (!changed) throw new AppError("NOT_FOUND", "Rule not found");
}

/**
 * Swaps a rule with its neighbour in the same stage, then renumbers the stage 0…n so equal or sparse
 * positions (imports, older rules) cannot make a move a no-op.
 */
export async function moveRule(ctx: HouseholdContext, ruleId: string, direction: "up" | "down"): Promise<void> {
  requirePermission(ctx, "write");
  await raw().transaction(async (tx) => {
    const rules = sortRules((await selectRuleRows(tx, ctx.householdId, false)).map(ruleFromRow));
    const moving = rules.find((r) => r.id === ruleId);
    if (!moving) throw new AppError("NOT_FOUND", "Rule not found");
    const stage = rules.filter((r) => r.stage === moving.stage);
    const from = stage.indexOf(moving);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= stage.length) return;
    [stage[from], stage[to]] = [stage[to]!, stage[from]!];
    const now = new Date();
    for (const [position, rule] of stage.entries()) {
      if (rule.position !== position) await tx.run(`UPDATE "Rule" SET "position" = ?, "updatedAt" = ? WHERE "id" = ? AND "householdId" = ?`, [position, now, rule.id, ctx.householdId]);
    }
  });
}

/** Where a new rule goes: after the last one of its stage. */
export async function nextRulePosition(ctx: HouseholdContext, stage: string): Promise<number> {
  const rows = await selectRuleRows(raw(), ctx.householdId, false);
  return rows.filter((r) => r.stage === stage).reduce((max, r) => Math.max(max, Number(r.position) + 1), 0);
}

/**
 * A rule prefilled from one of the household's transactions: its clean payee (or label) *contains* →
 * its category (or the one given). Contains rather than equals, so "AMAZON" also catches "AMAZON PRIME".
 */
export async function draftRuleForTransaction(ctx: HouseholdContext, transactionId: string, categoryId?: string): Promise<Omit<RuleInput, "id">> {
  const [row] = await selectTransactionsByIds(raw(), ctx.householdId, [transactionId]);
  if (!row) throw new AppError("NOT_FOUND", "Transaction not found");
  const draft = draftRuleFromTransaction({ rawLabel: row.rawLabel, amountMinor: BigInt(row.amountMinor) }, categoryId ?? row.categoryId);
  const conditions = draft.conditions.map((c) => (c.field === "payee" || c.field === "label" ? { ...c, op: "contains" as const } : c));
  const text = conditions[0] && "value" in conditions[0] ? conditions[0].value : draft.name;
  return { ...draft, name: String(text), conditions };
}
