/**
 * The categorizer's database edge (thin): load a household's categorizer, record a manual correction
 * (write + learn + persist the model, in one transaction), re-run categorization of everything not manual.
 * Pure logic lives in categorize.ts, rules/, model/, dictionary/.
 */
import { raw, type RawTx } from "../db/raw";
import { AppError } from "../errors";
import { requirePermission, type HouseholdContext } from "../auth/guard";
import type { CategorizeInput } from "./index";
import { createCategorizer, type LearningCategorizer } from "./categorize";
import { compileRule, sortRules, suggestRules, type CompiledRule, type RuleSuggestion } from "./rules";
import { parseModelState } from "./model";
import { isKnownCategory, type CustomCategory } from "./tree";
import {
  ruleFromRow, saveModelState, selectCustomCategories, selectHouseholdTransactions, selectModelState, selectRuleRows,
  selectTransactionsByIds, updateCategories, type CategoryUpdate, type TransactionRow,
} from "./db/rows";

export { previewRuleApplication, applyRuleRetroactively, saveRule, listRules, deleteRule } from "./storeRules";

/** Compiles the household's enabled rules; a rule that no longer validates is skipped, not fatal to imports. */
export async function loadCompiledRules(tx: RawTx, householdId: string): Promise<CompiledRule[]> {
  const compiled: CompiledRule[] = [];
  for (const row of await selectRuleRows(tx, householdId, true)) {
    try {
      compiled.push(compileRule(ruleFromRow(row)));
    } catch (error) {
      console.warn(`categorizer: rule ${String(row.id)} skipped: ${(error as Error).message}`);
    }
  }
  return sortRules(compiled);
}

async function loadWith(tx: RawTx, householdId: string): Promise<{ categorizer: LearningCategorizer; custom: CustomCategory[] }> {
  // One after the other: inside a PostgreSQL transaction `tx` is one client, which runs one query at a time.
  const rules = await loadCompiledRules(tx, householdId);
  const state = await selectModelState(tx, householdId);
  const custom = await selectCustomCategories(tx, householdId);
  return { categorizer: createCategorizer({ rules, model: parseModelState(state), customCategories: custom }), custom };
}

/** The household's categorizer: its enabled rules, its learned model, its custom categories. */
export async function loadCategorizer(householdId: string): Promise<LearningCategorizer> {
  return (await loadWith(raw(), householdId)).categorizer;
}

export function inputOf(row: TransactionRow): CategorizeInput {
  return { rawLabel: row.rawLabel, amountMinor: row.amountMinor, currency: row.currency, date: row.date, accountId: row.accountId, bankCategory: row.bankCategory };
}

export interface CorrectionResult {
  updated: number;
  /** Rules the household may want, now that it corrected the same payee the same way several times. */
  suggestions: RuleSuggestion[];
}

/**
 * The user sets a category on one or many transactions: categorySource becomes "manual" (never overwritten
 * by automation), the household model learns each row at once (forgetting an earlier manual choice it
 * replaces), and the model is saved in the same database transaction. "0" un-categorizes (source "none").
 */
export async function recordCorrection(ctx: HouseholdContext, transactionIds: readonly string[], categoryId: string): Promise<CorrectionResult> {
  requirePermission(ctx, "write");
  const ids = [...new Set(transactionIds)];
  if (!ids.length) return { updated: 0, suggestions: [] };
  return raw().transaction(async (tx) => {
    const custom = await selectCustomCategories(tx, ctx.householdId);
    if (categoryId !== "0" && !isKnownCategory(categoryId, custom)) throw new AppError("INVALID_INPUT", `Unknown category ${categoryId}`);
    const rows = await selectTransactionsByIds(tx, ctx.householdId, ids);
    if (rows.length !== ids.length) throw new AppError("NOT_FOUND", "Transaction not found");
    const { categorizer } = await loadWith(tx, ctx.householdId);
    const isClearing = categoryId === "0";
    const updates: CategoryUpdate[] = [];
    for (const row of rows) {
      const wasManual = row.categorySource === "manual";
      if (wasManual && row.categoryId === categoryId) continue;
      if (wasManual) categorizer.forget(inputOf(row), row.categoryId);
      if (!isClearing) categorizer.learn(inputOf(row), categoryId);
      updates.push({
        id: row.id, categoryId, categorySource: isClearing ? "none" : "manual", categoryConfidence: null, categoryRuleId: null,
        payee: row.payee, tags: row.tags,
      });
    }
    await updateCategories(tx, ctx.householdId, updates, true);
    await saveModelState(tx, ctx.householdId, JSON.stringify(categorizer.model.toJSON()), categorizer.model.exampleCount);
    const suggestions = await suggestionsFor(tx, ctx.householdId, rows, categorizer);
    return { updated: updates.length, suggestions };
  });
}

async function suggestionsFor(tx: RawTx, householdId: string, corrected: readonly TransactionRow[], categorizer: LearningCategorizer): Promise<RuleSuggestion[]> {
  const payees = new Set(corrected.map((r) => categorizer.categorize(inputOf(r)).payee ?? r.label));
  const manual = (await tx.all<{ rawLabel: string; amountMinor: bigint; currency: string; date: string; accountId: string; categoryId: string; label: string }>(
    `SELECT "rawLabel", "amountMinor", "currency", "date", "accountId", "categoryId", "label" FROM "Transaction" WHERE "householdId" = ? AND "categorySource" = 'manual' AND "deletedAt" IS NULL`,
    [householdId],
  )).map((r) => {
    const { payee, label } = categorizer.categorize({ ...r, amountMinor: BigInt(r.amountMinor), bankCategory: null });
    return { payee, label, categoryId: r.categoryId, date: r.date };
  });
  const rules = (await selectRuleRows(tx, householdId, false)).map(ruleFromRow);
  return suggestRules(manual.filter((c) => payees.has(c.payee ?? c.label)), rules);
}

/**
 * Re-runs categorization of every live transaction that is not manual (after new rules or corrections),
 * in bulk: one read, the pure categorizer in memory, one batched write of the rows that changed.
 */
export async function recategorizeHousehold(ctx: HouseholdContext): Promise<{ examined: number; updated: number }> {
  requirePermission(ctx, "write");
  return raw().transaction(async (tx) => {
    const { categorizer } = await loadWith(tx, ctx.householdId);
    const rows = await selectHouseholdTransactions(tx, ctx.householdId, true);
    const updates: CategoryUpdate[] = [];
    for (const row of rows) {
      const result = categorizer.categorize(inputOf(row));
      const tags = mergeTags(row.tags, result.tags);
      const isSame = result.categoryId === row.categoryId && result.categorySource === row.categorySource && result.categoryConfidence === row.categoryConfidence && result.categoryRuleId === row.categoryRuleId && tags === row.tags;
      if (isSame) continue;
      updates.push({
        id: row.id, categoryId: result.categoryId, categorySource: result.categorySource, categoryConfidence: result.categoryConfidence,
        categoryRuleId: result.categoryRuleId, payee: row.payee, tags,
      });
    }
    const updated = await updateCategories(tx, ctx.householdId, updates);
    return { examined: rows.length, updated };
  });
}

/**
 * "Apply to similar": the household's other live, non-manual transactions with the same clean payee (or the
 * same clean label when there is no payee) as this one, for a one-click recordCorrection on all of them.
 */
export async function findSimilarTransactions(ctx: HouseholdContext, transactionId: string): Promise<string[]> {
  const tx = raw();
  const [row] = await selectTransactionsByIds(tx, ctx.householdId, [transactionId]);
  if (!row) throw new AppError("NOT_FOUND", "Transaction not found");
  const { categorizer } = await loadWith(tx, ctx.householdId);
  const key = (r: TransactionRow) => {
    const { payee, label } = categorizer.categorize(inputOf(r));
    return (payee ?? label).toLowerCase();
  };
  const target = key(row);
  return (await selectHouseholdTransactions(tx, ctx.householdId, true)).filter((r) => r.id !== row.id && key(r) === target).map((r) => r.id);
}

/** Tags a user added stay; rule tags are added once. Stored as a JSON array string. */
export function mergeTags(existingJson: string, added: readonly string[]): string {
  if (!added.length) return existingJson;
  let existing: string[] = [];
  try {
    const parsed: unknown = JSON.parse(existingJson);
    if (Array.isArray(parsed)) existing = parsed.map(String);
  } catch {
    existing = [];
  }
  const merged = [...new Set([...existing, ...added])];
  return merged.length === existing.length ? existingJson : JSON.stringify(merged);
}
