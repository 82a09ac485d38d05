/**
 * Rules against the database: save one (validated), preview what applying it to past transactions would
 * change (a pure diff computed in memory), apply it retroactively in bulk. Manual rows are never touched.
 */
import { raw, newId } from "../db/raw";
import { AppError } from "../errors";
import { requirePermission, type HouseholdContext } from "../auth/guard";
import { compileRule, previewRuleChanges, ruleSchema, sortRules, type CompiledRule, type Rule, type RuleChange, type RuleInput } from "./rules";
import { ruleFromRow, selectCustomCategories, selectHouseholdTransactions, selectRuleRows, updateCategories, type CategoryUpdate, type TransactionRow } from "./db/rows";
import { isKnownCategory } from "./tree";
import type { RawTx } from "../db/raw";

async function loadRule(tx: RawTx, householdId: string, ruleId: string): Promise<CompiledRule> {
  const row = (await selectRuleRows(tx, householdId, false)).find((r) => r.id === ruleId);
  if (!row) throw new AppError("NOT_FOUND", "Rule not found");
  return compileRule(ruleFromRow(row));
}

function asPreview(rows: readonly TransactionRow[]) {
  return rows.map((r) => ({ ...r, tags: parseTags(r.tags) }));
}

function parseTags(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

/** The household's rules in application order (stage, position); rows that no longer validate are marked. */
export async function listRules(ctx: HouseholdContext): Promise<(Rule & { isValid: boolean })[]> {
  const rules = (await selectRuleRows(raw(), ctx.householdId, false)).map((row) => {
    const rule = ruleFromRow(row);
    return { ...rule, isValid: ruleSchema.safeParse(rule).success };
  });
  return sortRules(rules);
}

export async function deleteRule(ctx: HouseholdContext, ruleId: string): Promise<void> {
  requirePermission(ctx, "write");
  const deleted = await raw().run(`DELETE FROM "Rule" WHERE "id" = ? AND "householdId" = ?`, [ruleId, ctx.householdId]);
  if (!deleted) throw new AppError("NOT_FOUND", "Rule not found");
}

/** Creates (no id) or replaces (id of this household's rule) a rule; returns its id. */
export async function saveRule(ctx: HouseholdContext, input: Omit<RuleInput, "id"> & { id?: string }): Promise<string> {
  requirePermission(ctx, "write");
  const id = input.id ?? newId();
  compileRule({ ...input, id });
  const rule = ruleSchema.parse({ ...input, id });
  const db = raw();
  return db.transaction(async (tx) => {
    // A rule may only set a global category or one of this household's own (never another household's id).
    const custom = await selectCustomCategories(tx, ctx.householdId);
    const unknown = rule.actions.find((a) => a.type === "setCategory" && a.categoryId !== "0" && !isKnownCategory(a.categoryId, custom));
    if (unknown?.type === "setCategory") throw new AppError("INVALID_INPUT", `Unknown category ${unknown.categoryId}`);
    const now = new Date();
    if (input.id) {
      const changed = await tx.run(
        `UPDATE "Rule" SET "name" = ?, "stage" = ?, "position" = ?, "conditionsOp" = ?, "conditions" = ?, "actions" = ?, "isEnabled" = ?, "updatedAt" = ? WHERE "id" = ? AND "householdId" = ?`,
        [rule.name, rule.stage, rule.position, rule.conditionsOp, JSON.stringify(rule.conditions), JSON.stringify(rule.actions), rule.isEnabled, now, id, ctx.householdId],
      );
      if (!changed) throw new AppError("NOT_FOUND", "Rule not found");
    } else {
      await tx.insertMany("Rule", ["id", "householdId", "name", "stage", "position", "conditionsOp", "conditions", "actions", "isEnabled", "createdAt", "updatedAt"], [
        [id, ctx.householdId, rule.name, rule.stage, rule.position, rule.conditionsOp, JSON.stringify(rule.conditions), JSON.stringify(rule.actions), rule.isEnabled, now, now],
      ]);
    }
    return id;
  });
}

/** What the rule (saved, by id, or a draft not saved yet) would change on the household's past transactions. */
export async function previewRuleApplication(ctx: HouseholdContext, rule: string | RuleInput): Promise<RuleChange[]> {
  const tx = raw();
  const compiled = typeof rule === "string" ? await loadRule(tx, ctx.householdId, rule) : compileRule(rule);
  return previewRuleChanges(compiled, asPreview(await selectHouseholdTransactions(tx, ctx.householdId, true)));
}

/** Applies a saved rule to every past non-manual transaction it matches; returns what changed. */
export async function applyRuleRetroactively(ctx: HouseholdContext, ruleId: string): Promise<{ updated: number; changes: RuleChange[] }> {
  requirePermission(ctx, "write");
  return raw().transaction(async (tx) => {
    const compiled = await loadRule(tx, ctx.householdId, ruleId);
    const rows = await selectHouseholdTransactions(tx, ctx.householdId, true);
    const changes = previewRuleChanges(compiled, asPreview(rows));
    const current = new Map(rows.map((r) => [r.id, r]));
    const updates: CategoryUpdate[] = changes.map((change) => {
      const row = current.get(change.id)!;
      const isRecategorized = change.to.categoryId !== change.from.categoryId;
      return {
        id: change.id,
        categoryId: change.to.categoryId,
        categorySource: isRecategorized ? "rule" : row.categorySource,
        categoryConfidence: isRecategorized ? 1 : row.categoryConfidence,
        categoryRuleId: isRecategorized ? compiled.id : row.categoryRuleId,
        payee: change.to.payee,
        tags: JSON.stringify(change.to.tags),
      };
    });
    return { updated: await updateCategories(tx, ctx.householdId, updates), changes };
  });
}
