import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { newId } from "../../../lib/db/raw";
import { operatorContext, type HouseholdContext } from "../../../lib/auth/guard";
import {
  applyRuleRetroactively, deleteRule, findSimilarTransactions, listRules, loadCategorizer, previewRuleApplication, recategorizeHousehold, recordCorrection, saveRule,
} from "../../../lib/categorizer/store";
import { main } from "../../../lib/cli/main";
import type { CliIo } from "../../../lib/cli/types";

const testDb = useTestDb();

async function household(): Promise<{ ctx: HouseholdContext; accountId: string }> {
  const h = await testDb.prisma.household.create({ data: { name: "Categorizer" } });
  const account = await testDb.prisma.account.create({ data: { householdId: h.id, name: "Main", type: "checking", currency: "EUR" } });
  return { ctx: operatorContext(h.id), accountId: account.id };
}

async function addTransactions(ctx: HouseholdContext, accountId: string, rows: [string, bigint, string?, string?][]): Promise<string[]> {
  const now = new Date();
  const ids = rows.map(() => newId());
  await testDb.raw.insertMany("Transaction", ["id", "householdId", "accountId", "date", "amountMinor", "currency", "rawLabel", "label", "categoryId", "categorySource", "createdAt", "updatedAt"],
    rows.map(([rawLabel, amountMinor, categoryId = "0", categorySource = "none"], i) => [ids[i]!, ctx.householdId, accountId, `2024-03-${String(i + 1).padStart(2, "0")}`, amountMinor, "EUR", rawLabel, rawLabel, categoryId, categorySource, now, now]));
  return ids;
}

const fetch = (id: string) => testDb.prisma.transaction.findUniqueOrThrow({ where: { id } });

describe("categorizer store", () => {
  it("records a correction: manual source, learned at once, model persisted; a loaded categorizer uses it", async () => {
    const { ctx, accountId } = await household();
    const [a, b] = await addTransactions(ctx, accountId, [["CB RIMONE 01/03", -2000n], ["CB RIMONE 08/03", -2500n]]);
    expect((await loadCategorizer(ctx.householdId)).categorize({ rawLabel: "CB RIMONE 15/03", amountMinor: -2000n, currency: "EUR", date: "2024-03-15", accountId, bankCategory: null })).toMatchObject({ categoryId: "400810", categoryConfidence: 0.2 });
    const result = await recordCorrection(ctx, [a!, b!], "400830");
    expect(result.updated).toBe(2);
    expect(await fetch(a!)).toMatchObject({ categoryId: "400830", categorySource: "manual", categoryConfidence: null });
    const model = await testDb.prisma.categoryModel.findUniqueOrThrow({ where: { householdId: ctx.householdId } });
    expect(model.examples).toBe(2);
    const loaded = await loadCategorizer(ctx.householdId);
    expect(loaded.categorize({ rawLabel: "FACTURE CARTE DU 150324 RIMONE PARIS", amountMinor: -2200n, currency: "EUR", date: "2024-03-15", accountId, bankCategory: null })).toMatchObject({ categoryId: "400830", categorySource: "local" });
  });

  it("a re-correction replaces what was learned instead of adding to it; unknown categories and ids change nothing", async () => {
    const { ctx, accountId } = await household();
    const [a] = await addTransactions(ctx, accountId, [["CB LE ZINC", -1500n]]);
    await recordCorrection(ctx, [a!], "400810");
    await recordCorrection(ctx, [a!], "400160");
    const state = JSON.parse((await testDb.prisma.categoryModel.findUniqueOrThrow({ where: { householdId: ctx.householdId } })).state);
    expect(Object.keys(state.classes)).toEqual(["400160"]);
    await expect(recordCorrection(ctx, [a!], "999999")).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(recordCorrection(ctx, [a!, "nope"], "400110")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await fetch(a!)).categoryId).toBe("400160");
    const other = await household();
    await expect(recordCorrection(other.ctx, [a!], "400110")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(recordCorrection({ ...ctx, role: "viewer" }, [a!], "400110")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("suggests a rule once the same payee was corrected the same way three times", async () => {
    const { ctx, accountId } = await household();
    const ids = await addTransactions(ctx, accountId, [["CB CHEZ TONTON 01/03", -1000n], ["CB CHEZ TONTON 08/03", -1100n], ["CB CHEZ TONTON 15/03", -1200n]]);
    expect((await recordCorrection(ctx, ids.slice(0, 2), "400810")).suggestions).toEqual([]);
    const { suggestions } = await recordCorrection(ctx, ids.slice(2), "400810");
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]).toMatchObject({ categoryId: "400810", occurrences: 3, payee: "Chez Tonton" });
  });

  it("finds similar transactions (same clean payee, not manual) for 'apply to similar'", async () => {
    const { ctx, accountId } = await household();
    const [a, b, manual, other] = await addTransactions(ctx, accountId, [["CB RIMONE 01/03", -2000n], ["FACTURE CARTE DU 080324 RIMONE PARIS CARTE 4974XXXXXXXX2335", -2100n], ["CB RIMONE 09/03", -2200n, "400810", "manual"], ["CB LIDL 03/03", -900n]]);
    expect(await findSimilarTransactions(ctx, a!)).toEqual([b]);
    expect(other).toBeTruthy();
    expect(manual).toBeTruthy();
    await expect(findSimilarTransactions((await household()).ctx, a!)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("recategorizes everything not manual, in bulk, and never overwrites a manual choice", async () => {
    const { ctx, accountId } = await household();
    const [manual, auto, unknown] = await addTransactions(ctx, accountId, [["CB CARREFOUR 01/03", -5000n, "400160", "manual"], ["CB CARREFOUR 02/03", -4000n], ["XQZW", -100n, "400110", "global"]]);
    // (XQZW: no kind, no name: uncategorized.)
    const { examined, updated } = await recategorizeHousehold(ctx);
    expect(examined).toBe(2);
    expect(updated).toBe(2);
    expect(await fetch(manual!)).toMatchObject({ categoryId: "400160", categorySource: "manual" });
    expect(await fetch(auto!)).toMatchObject({ categoryId: "400110", categorySource: "global" });
    expect(await fetch(unknown!)).toMatchObject({ categoryId: "0", categorySource: "none" });
    expect((await recategorizeHousehold(ctx)).updated).toBe(0);
  });

  it("previews a rule (from → to), then applies it retroactively to non-manual rows only", async () => {
    const { ctx, accountId } = await household();
    const [manual, auto, other] = await addTransactions(ctx, accountId, [["CB RIMONE 01/03", -2000n, "400110", "manual"], ["CB RIMONE 02/03", -2100n], ["CB LIDL", -900n]]);
    const draft = { id: "draft", name: "Rimone", conditions: [{ field: "label" as const, op: "contains" as const, value: "rimone" }], actions: [{ type: "setCategory" as const, categoryId: "400810" }, { type: "addTag" as const, tag: "resto" }] };
    const preview = await previewRuleApplication(ctx, draft);
    expect(preview).toEqual([{ id: auto, from: { categoryId: "0", payee: null, tags: [] }, to: { categoryId: "400810", payee: null, tags: ["resto"] }, isInternalTransfer: false }]);
    expect((await fetch(auto!)).categoryId).toBe("0");
    const ruleId = await saveRule(ctx, { name: draft.name, conditions: draft.conditions, actions: draft.actions });
    const applied = await applyRuleRetroactively(ctx, ruleId);
    expect(applied.updated).toBe(1);
    expect(await fetch(auto!)).toMatchObject({ categoryId: "400810", categorySource: "rule", categoryRuleId: ruleId, tags: JSON.stringify(["resto"]) });
    expect(await fetch(manual!)).toMatchObject({ categoryId: "400110", categorySource: "manual" });
    expect((await fetch(other!)).categoryId).toBe("0");
    // The saved rule now applies to new transactions too, through the loaded categorizer.
    const loaded = await loadCategorizer(ctx.householdId);
    expect(loaded.categorize({ rawLabel: "CB RIMONE 20/03", amountMinor: -100n, currency: "EUR", date: "2024-03-20", accountId, bankCategory: null })).toMatchObject({ categorySource: "rule", categoryRuleId: ruleId });
    await expect(saveRule(ctx, { name: "bad", conditions: [{ field: "label", op: "regex", value: "(a+)+" }], actions: draft.actions })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(applyRuleRetroactively((await household()).ctx, ruleId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const post = await saveRule(ctx, { name: "Late", stage: "post", conditions: draft.conditions, actions: [{ type: "addTag", tag: "late" }] });
    expect((await listRules(ctx)).map((r) => [r.id, r.stage, r.isValid])).toEqual([[ruleId, "default", true], [post, "post", true]]);
    await deleteRule(ctx, post);
    await expect(deleteRule(ctx, post)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listRules(ctx)).map((r) => r.id)).toEqual([ruleId]);
  });

  it("tirelire categorize --household ID --learn uses and persists that household's model", async () => {
    const { ctx } = await household();
    const run = async (lines: string[]) => {
      const out: string[] = [];
      const io: CliIo = { stdout: (t) => out.push(t), stderr: () => undefined, readStdin: async function* () { yield* lines; } };
      const code = await main(["categorize", "--json", "--learn", "--household", ctx.householdId], io);
      return { code, results: out.join("\n").split("\n").filter(Boolean).map((l) => JSON.parse(l)) };
    };
    const first = await run([JSON.stringify({ label: "VIR LA CAMBUSE 01/03", amount: "-30.00", date: "2024-03-01", categoryId: "400810" })]);
    expect(first).toMatchObject({ code: 0, results: [{ categoryId: "100", source: "global" }] });
    const second = await run([JSON.stringify({ label: "VIR LA CAMBUSE 09/03", amount: "-31.00", date: "2024-03-09" })]);
    expect(second.results[0]).toMatchObject({ categoryId: "400810", source: "local" });
    const missing = await main(["categorize", "--json", "--household", "nope"], { stdout: () => undefined, stderr: () => undefined, readStdin: async function* () {} });
    expect(missing).toBe(2);
  });
});

describe("the bulk writer's manual guard", () => {
  it("refuses to overwrite a manual row unless the write is the user's own act", async () => {
    const { updateCategories } = await import("../../../lib/categorizer/db/rows");
    const { ctx, accountId } = await household();
    const [manual] = await addTransactions(ctx, accountId, [["CB RIMONE", -100n, "400810", "manual"]]);
    const update = { id: manual!, categoryId: "400110", categorySource: "global", categoryConfidence: 0.9, categoryRuleId: null, payee: null, tags: "[]" };
    expect(await testDb.raw.transaction((tx) => updateCategories(tx, ctx.householdId, [update]))).toBe(0);
    expect(await fetch(manual!)).toMatchObject({ categoryId: "400810", categorySource: "manual" });
    expect(await testDb.raw.transaction((tx) => updateCategories(tx, ctx.householdId, [{ ...update, categorySource: "manual", categoryConfidence: null }], true))).toBe(1);
    expect((await fetch(manual!)).categoryId).toBe("400110");
  });
});
