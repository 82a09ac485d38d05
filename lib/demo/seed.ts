/**
 * loadDemoHousehold: fills a household with the demo through the same code paths a user's data takes — rules
 * saved by the rules store, two years of bank rows committed by the import pipeline (dedup, categorization,
 * balances), corrections recorded by the categorizer (the model learns them), bills and their PDFs stored by
 * createBills, then the matching run, internal transfers, recurring payments and budgets. Idempotent: rules are found by name, rows by their bank ids, bills by
 * their identity, corrections skip rows already set; a second run writes nothing new.
 */
import { raw } from "../db/raw";
import { requirePermission, type HouseholdContext } from "../auth/guard";
import { todayIso } from "../dates";
import { commitParsed, type ImportResult } from "../import";
import { sha256Hex } from "../import/parse-input";
import { toStatementJson } from "../import/statement-json";
import { applyRuleRetroactively, listRules, recordCorrection, saveRule } from "../categorizer/store";
import { createBills } from "../bills/create";
import { matchHousehold } from "../reconcile/run";
import { demoStatements } from "./statements";
import { demoBills } from "./bills";
import { DEMO_CORRECTIONS, DEMO_RULES } from "./rules";
import { ensureBudgets, findTransfersAndRecurrences } from "./budgets";

export const DEMO_SEED = "tirelire-demo";
export const DEMO_FILE_NAME = "tirelire-demo-household.json";
export const DEMO_KONNECTOR = "demo";

export interface DemoOptions {
  seed?: string;
  /** The last day of the history (default: today, UTC). */
  today?: string;
}

export interface DemoReport {
  householdId: string;
  accounts: number;
  transactions: { new: number; duplicates: number; total: number; categorized: number };
  rules: { created: number; existing: number };
  corrections: number;
  bills: { created: number; existing: number };
  links: { created: number; kept: number; updated: number; removed: number };
  transfers: number;
  recurrences: number;
  budgets: number;
}

async function ensureRules(ctx: HouseholdContext): Promise<{ created: string[]; existing: number }> {
  const names = new Set((await listRules(ctx)).map((r) => r.name));
  const created: string[] = [];
  for (const rule of DEMO_RULES) if (!names.has(rule.name)) created.push(await saveRule(ctx, rule));
  return { created, existing: DEMO_RULES.length - created.length };
}

/** The same bytes already committed (and not undone) mean nothing new to import: no empty batch on a re-run. */
async function isAlreadyImported(householdId: string, sha256: string): Promise<boolean> {
  const rows = await raw().all<{ id: string }>(
    `SELECT "id" FROM "ImportBatch" WHERE "householdId" = ? AND "sha256" = ? AND "status" = 'committed' AND "undoneAt" IS NULL LIMIT 1`, [householdId, sha256]);
  return rows.length > 0;
}

async function importHistory(ctx: HouseholdContext, seed: string, today: string): Promise<ImportResult | null> {
  const parse = demoStatements(seed, today);
  const bytes = new TextEncoder().encode(JSON.stringify(toStatementJson(parse)));
  if (await isAlreadyImported(ctx.householdId, sha256Hex(bytes))) return null;
  return commitParsed(ctx, { fileName: DEMO_FILE_NAME, bytes, target: "auto" }, [parse]);
}

async function applyCorrections(ctx: HouseholdContext): Promise<number> {
  let updated = 0;
  for (const c of DEMO_CORRECTIONS) {
    const rows = await raw().all<{ id: string }>(
      `SELECT "id" FROM "Transaction" WHERE "householdId" = ? AND "externalId" LIKE ? AND "rawLabel" LIKE ? AND "deletedAt" IS NULL ORDER BY "date", "id" LIMIT ?`,
      [ctx.householdId, `demo-%${c.idSuffix}`, `%${c.labelContains ?? ""}%`, c.limit]);
    if (rows.length) updated += (await recordCorrection(ctx, rows.map((r) => r.id), c.categoryId)).updated;
  }
  return updated;
}

async function storeBills(ctx: HouseholdContext, seed: string, today: string): Promise<{ created: number; existing: number }> {
  let created = 0;
  let existing = 0;
  // One call per bill: each bill carries its own PDF (createBills stores one file per call).
  for (const { bill, pdf, fileName } of demoBills(seed, today)) {
    const result = await createBills(ctx, DEMO_KONNECTOR, [bill], { bytes: pdf, name: fileName });
    created += result.created;
    existing += result.existing;
  }
  return { created, existing };
}

async function householdTotals(householdId: string) {
  const [row] = await raw().all<{ accounts: number | bigint; total: number | bigint; categorized: number | bigint }>(
    `SELECT (SELECT COUNT(*) FROM "Account" WHERE "householdId" = ?) AS accounts,
            COUNT(*) AS total, COALESCE(SUM(CASE WHEN "categoryId" <> '0' THEN 1 ELSE 0 END), 0) AS categorized
       FROM "Transaction" WHERE "householdId" = ? AND "deletedAt" IS NULL`, [householdId, householdId]);
  return { accounts: Number(row?.accounts ?? 0), total: Number(row?.total ?? 0), categorized: Number(row?.categorized ?? 0) };
}

export async function loadDemoHousehold(ctx: HouseholdContext, options: DemoOptions = {}): Promise<DemoReport> {
  requirePermission(ctx, "write");
  const seed = options.seed ?? DEMO_SEED;
  const today = options.today ?? todayIso();
  const rules = await ensureRules(ctx);
  const imported = await importHistory(ctx, seed, today);
  // Rules created on a household that already had rows: apply them to the past too (the import used them already).
  if (imported === null || imported.duplicates > 0) for (const id of rules.created) await applyRuleRetroactively(ctx, id);
  const corrections = await applyCorrections(ctx);
  const bills = await storeBills(ctx, seed, today);
  const match = await matchHousehold(ctx);
  const found = await findTransfersAndRecurrences(ctx, today);
  const budgets = await ensureBudgets(ctx, today);
  const totals = await householdTotals(ctx.householdId);
  return {
    householdId: ctx.householdId,
    accounts: totals.accounts,
    transactions: { new: imported?.new ?? 0, duplicates: imported?.duplicates ?? 0, total: totals.total, categorized: totals.categorized },
    rules: { created: rules.created.length, existing: rules.existing },
    corrections,
    bills,
    links: { created: match.linksCreated, kept: match.linksKept, updated: match.linksUpdated, removed: match.linksRemoved },
    transfers: found.transfers,
    recurrences: found.recurrences,
    budgets,
  };
}
