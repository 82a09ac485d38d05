import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { applyRuleRetroactively, listRules, previewRuleApplication, recordCorrection, saveRule } from "../../../lib/categorizer/store";
import { draftRuleForTransaction, moveRule, nextRulePosition, setRuleEnabled } from "../../../lib/categorizer/ui/rules";
import { describeRuleChanges } from "../../../lib/categorizer/ui/preview";
import { parseRuleDraft } from "../../../lib/categorizer/ui/rule-form";
import { listRuleSuggestions } from "../../../lib/categorizer/ui/suggestions";
import { addTransactions, seedHousehold } from "./helpers";

const testDb = useTestDb();
const fetch = (id: string) => testDb.prisma.transaction.findUniqueOrThrow({ where: { id } });
const setCategory = (categoryId: string) => [{ type: "setCategory" as const, categoryId }];

describe("rules page: always like this one, preview, apply, order, suggestions", () => {
  it("drafts 'always categorize like this one' from the clean payee, previews it, saves and applies it retroactively (never over manual rows)", async () => {
    const seeded = await seedHousehold(testDb);
    const [source, alike, manual, other] = await addTransactions(testDb, seeded, [
      ["PRLV SEPA EDF CLIENTS PARTICULIERS ECH/240519 ID EMETTEUR/FR12ZZZ", -6500n], ["PRLV SEPA EDF CLIENTS PARTICULIERS ECH/240619", -7100n],
      ["PRLV SEPA EDF CLIENTS PARTICULIERS ECH/240719", -6900n, "400110", "manual"], ["CB LIDL", -900n],
    ]);
    const draft = await draftRuleForTransaction(seeded.ctx, source!, "401080");
    expect(draft.conditions[0]).toMatchObject({ op: "contains" });
    expect(draft.actions).toEqual(setCategory("401080"));
    const parsed = parseRuleDraft(JSON.stringify(draft));
    if (!parsed.isValid) throw new Error(JSON.stringify(parsed));
    const changes = await previewRuleApplication(seeded.ctx, { ...parsed.rule, id: "draft" });
    expect(changes.map((c) => c.id).sort()).toEqual([source, alike].sort());
    const preview = await describeRuleChanges(seeded.ctx, changes, [], "fr", 1);
    expect(preview.count).toBe(2);
    expect(preview.lines).toHaveLength(1);
    expect(preview.lines[0]).toMatchObject({ from: { name: "A catégoriser" }, to: { name: "Electricité, gaz, chauffage" }, currency: "EUR" });
    expect(preview.lines[0]!.amount).toMatch(/^-\d+\.\d\d$/);
    expect((await fetch(source!)).categoryId).toBe("0");

    await expect(saveRule(seeded.viewer, parsed.rule)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const ruleId = await saveRule(seeded.ctx, parsed.rule);
    await expect(applyRuleRetroactively(seeded.viewer, ruleId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await applyRuleRetroactively(seeded.ctx, ruleId)).updated).toBe(2);
    expect(await fetch(alike!)).toMatchObject({ categoryId: "401080", categorySource: "rule", categoryRuleId: ruleId });
    expect(await fetch(manual!)).toMatchObject({ categoryId: "400110", categorySource: "manual" });
    expect((await fetch(other!)).categoryId).not.toBe("401080");
  });

  it("refuses a draft from another household's transaction", async () => {
    const mine = await seedHousehold(testDb);
    const [theirs] = await addTransactions(testDb, await seedHousehold(testDb), [["CB RIMONE", -100n]]);
    await expect(draftRuleForTransaction(mine.ctx, theirs!)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("reports zod and regex problems per field path", () => {
    const bad = parseRuleDraft(JSON.stringify({ name: "", conditions: [{ field: "payee", op: "contains" }, { field: "amount", op: "equals" }], actions: [] }));
    expect(bad.isValid).toBe(false);
    if (bad.isValid) return;
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["actions", "conditions.0.value", "conditions.1", "name"]);
    const slow = parseRuleDraft(JSON.stringify({ name: "x", conditions: [{ field: "label", op: "regex", value: "(a+)+" }], actions: setCategory("400110") }));
    expect(slow).toMatchObject({ isValid: false, fieldErrors: { "conditions.0.value": expect.stringContaining("slow") } });
    expect(parseRuleDraft("{oops")).toMatchObject({ isValid: false, error: expect.any(String) });
    expect(parseRuleDraft(JSON.stringify({ name: "ok", conditions: [{ field: "weekday", op: "in", values: [6, 7] }], actions: [{ type: "addTag", tag: "weekend" }] }))).toMatchObject({ isValid: true, rule: { stage: "default", conditionsOp: "and" } });
  });

  it("enables, disables and reorders rules within their stage; other households' rules are not found; viewers cannot", async () => {
    const seeded = await seedHousehold(testDb);
    const base = { conditions: [{ field: "label" as const, op: "contains" as const, value: "x" }], actions: setCategory("400110") };
    const a = await saveRule(seeded.ctx, { ...base, name: "A", position: 0 });
    const b = await saveRule(seeded.ctx, { ...base, name: "B", position: 0 });
    expect(await nextRulePosition(seeded.ctx, "default")).toBe(1);
    expect(await nextRulePosition(seeded.ctx, "post")).toBe(0);
    const c = await saveRule(seeded.ctx, { ...base, name: "C", position: await nextRulePosition(seeded.ctx, "default") });
    const late = await saveRule(seeded.ctx, { ...base, name: "Late", stage: "post" });
    const order = async () => (await listRules(seeded.ctx)).map((r) => r.name);
    const before = await order();
    expect(before.slice(2)).toEqual(["C", "Late"]);
    await moveRule(seeded.ctx, c, "up");
    expect((await order()).slice(1, 3)).toEqual(["C", before[1]]);
    await moveRule(seeded.ctx, late, "up");
    expect((await order())[3]).toBe("Late");
    const top = (await listRules(seeded.ctx))[0]!.id;
    await moveRule(seeded.ctx, top, "up");
    expect((await listRules(seeded.ctx))[0]!.id).toBe(top);
    await moveRule(seeded.ctx, top, "down");
    expect((await listRules(seeded.ctx))[1]!.id).toBe(top);
    expect([a, b].includes(top)).toBe(true);

    await setRuleEnabled(seeded.ctx, a, false);
    expect((await listRules(seeded.ctx)).find((r) => r.id === a)!.isEnabled).toBe(false);
    const other = await seedHousehold(testDb);
    await expect(setRuleEnabled(other.ctx, a, true)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(moveRule(other.ctx, a, "down")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setRuleEnabled(seeded.viewer, a, true)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(moveRule(seeded.viewer, a, "down")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveRule(other.ctx, { ...base, id: a, name: "Hijack" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listRules(seeded.ctx)).find((r) => r.id === a)!).toMatchObject({ name: "A", isEnabled: false });
  });

  it("suggests a rule after three identical corrections of a payee, and stops once the rule exists", async () => {
    const seeded = await seedHousehold(testDb);
    const ids = await addTransactions(testDb, seeded, [["CB CHEZ TONTON 01/03", -1000n], ["CB CHEZ TONTON 08/03", -1100n], ["CB CHEZ TONTON 15/03", -1200n]]);
    await recordCorrection(seeded.ctx, ids.slice(0, 2), "400810");
    expect(await listRuleSuggestions(seeded.ctx)).toEqual([]);
    await recordCorrection(seeded.ctx, ids.slice(2), "400810");
    const [suggestion] = await listRuleSuggestions(seeded.ctx);
    expect(suggestion).toMatchObject({ categoryId: "400810", occurrences: 3 });
    expect(await listRuleSuggestions((await seedHousehold(testDb)).ctx)).toEqual([]);
    const parsed = parseRuleDraft(JSON.stringify(suggestion!.rule));
    if (!parsed.isValid) throw new Error("suggested rule invalid");
    await saveRule(seeded.ctx, parsed.rule);
    expect(await listRuleSuggestions(seeded.ctx)).toEqual([]);
  });
});
