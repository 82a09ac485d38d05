/** The rule editor's rows, serialized as the browser posts them, against the server's parser (no database). */
import { describe, expect, it } from "vitest";
import { CONDITION_FIELDS, defaultAction, defaultCondition, rowErrors, serializeDraft, withKey, type EditorDraft } from "../../../components/rules/draft";
import { parseRuleDraft } from "../../../lib/categorizer/ui/rule-form";

function draftWith(conditions: Record<string, unknown>[], actions: Record<string, unknown>[] = [defaultAction("setCategory", "400110")]): EditorDraft {
  return { name: "Test", stage: "default", conditionsOp: "and", isEnabled: true, conditions: conditions.map(withKey), actions: actions.map(withKey) };
}

describe("rule editor ↔ server contract", () => {
  it("every condition the editor offers, once filled in, is accepted by the categorizer's schema", () => {
    const filled: Record<string, Record<string, unknown>> = {
      label: { value: "rimone" }, payee: { value: "edf" }, rawLabel: { op: "regex", value: "^PRLV" }, amount: { op: "range", min: "-50", max: "-10.5" },
      account: { values: ["acc1"] }, currency: {}, date: { from: "2024-01-01", to: "" }, weekday: { values: [6, 7] },
    };
    for (const field of CONDITION_FIELDS) {
      const parsed = parseRuleDraft(serializeDraft(draftWith([{ ...defaultCondition(field), ...filled[field] }])));
      expect(parsed, field).toMatchObject({ isValid: true });
    }
    for (const type of ["setPayee", "addTag"]) {
      const parsed = parseRuleDraft(serializeDraft(draftWith([{ field: "label", op: "contains", value: "x" }], [{ ...defaultAction(type, "0"), payee: "Shop", tag: "t" }])));
      expect(parsed, type).toMatchObject({ isValid: true });
    }
    expect(parseRuleDraft(serializeDraft(draftWith([{ field: "label", op: "contains", value: "x" }], [defaultAction("markInternalTransfer", "0")])))).toMatchObject({ isValid: true });
  });

  it("empty inputs become per-row errors, not a generic failure", () => {
    const parsed = parseRuleDraft(serializeDraft(draftWith([defaultCondition("payee"), defaultCondition("date"), defaultCondition("weekday"), { field: "amount", op: "equals", value: "" }], [{ type: "setPayee", payee: "" }])));
    expect(parsed.isValid).toBe(false);
    if (parsed.isValid) return;
    for (const index of [0, 1, 2, 3]) expect(rowErrors(parsed.fieldErrors, `conditions.${index}`).length, `condition ${index}`).toBeGreaterThan(0);
    expect(rowErrors(parsed.fieldErrors, "actions.0").length).toBeGreaterThan(0);
    expect(rowErrors(parsed.fieldErrors, "conditions.1")).not.toEqual(rowErrors(parsed.fieldErrors, "conditions.10"));
    const amountOnly = parseRuleDraft(serializeDraft(draftWith([{ field: "amount", op: "equals", value: "12,30" }])));
    expect(amountOnly).toMatchObject({ isValid: false, fieldErrors: { "conditions.0.value": expect.stringContaining("decimal") } });
  });
});
