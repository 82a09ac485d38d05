import { describe, expect, it } from "vitest";
import { applyRules, compileRule, ruleSchema, sortRules, suggestRules, previewRuleChanges, type RuleInput, type RuleSubject, type PreviewTransaction } from "../../../lib/categorizer/rules";
import { AppError } from "../../../lib/errors";

const subject = (over: Partial<RuleSubject> = {}): RuleSubject => ({
  rawLabel: "CB CARREFOUR MARKET 04/01", label: "Carrefour Market", payee: "Carrefour Market", amountMinor: -4234n,
  currency: "EUR", date: "2024-01-05", accountId: "acc1", kind: "card", ...over,
});

let seq = 0;
const rule = (over: Partial<RuleInput> & Pick<RuleInput, "conditions">): RuleInput => ({
  id: `r${++seq}`, name: `rule ${seq}`, actions: [{ type: "setCategory", categoryId: "400110" }], ...over,
});
const matches = (input: RuleInput, s: RuleSubject = subject()) => compileRule(input).matches(s);

describe("rule conditions", () => {
  it.each([
    ["label contains", { field: "label", op: "contains", value: "arrefour" }, true],
    ["label contains is accent- and case-insensitive", { field: "label", op: "contains", value: "CARRÉFOUR" }, true],
    ["label contains (no)", { field: "label", op: "contains", value: "monoprix" }, false],
    ["label startsWith", { field: "label", op: "startsWith", value: "carrefour" }, true],
    ["label startsWith (no)", { field: "label", op: "startsWith", value: "market" }, false],
    ["label equals", { field: "label", op: "equals", value: "carrefour market" }, true],
    ["label equals (no: partial)", { field: "label", op: "equals", value: "carrefour" }, false],
    ["payee equals", { field: "payee", op: "equals", value: "Carrefour Market" }, true],
    ["rawLabel contains the date the clean label lost", { field: "rawLabel", op: "contains", value: "04/01" }, true],
    ["label does not contain the date", { field: "label", op: "contains", value: "04/01" }, false],
    ["regex", { field: "rawLabel", op: "regex", value: "^CB\\s+carrefour" }, true],
    ["regex (no)", { field: "rawLabel", op: "regex", value: "^PRLV" }, false],
    ["amount equals", { field: "amount", op: "equals", value: "-42.34" }, true],
    ["amount equals (no)", { field: "amount", op: "equals", value: "42.34" }, false],
    ["amount range", { field: "amount", op: "range", min: "-50", max: "-40" }, true],
    ["amount range open max", { field: "amount", op: "range", min: "-42.33" }, false],
    ["amount sign debit", { field: "amount", op: "sign", sign: "debit" }, true],
    ["amount sign credit", { field: "amount", op: "sign", sign: "credit" }, false],
    ["account in", { field: "account", op: "in", values: ["acc2", "acc1"] }, true],
    ["account in (no)", { field: "account", op: "in", values: ["acc2"] }, false],
    ["currency", { field: "currency", op: "equals", value: "EUR" }, true],
    ["currency (no)", { field: "currency", op: "equals", value: "GBP" }, false],
    ["date range", { field: "date", op: "range", from: "2024-01-01", to: "2024-01-31" }, true],
    ["date range (no)", { field: "date", op: "range", from: "2024-02-01" }, false],
    ["weekday (2024-01-05 is a Friday = 5)", { field: "weekday", op: "in", values: [5] }, true],
    ["weekday (no)", { field: "weekday", op: "in", values: [1, 2, 3, 4, 6, 7] }, false],
    ["kind", { field: "kind", op: "in", values: ["card"] }, true],
  ] as const)("%s", (_name, condition, expected) => {
    expect(matches(rule({ conditions: [condition as RuleInput["conditions"][number]] }))).toBe(expected);
  });

  it("compares amounts in the transaction's currency (JPY has no decimals)", () => {
    const yen = subject({ amountMinor: -1500n, currency: "JPY" });
    expect(matches(rule({ conditions: [{ field: "amount", op: "equals", value: "-1500" }] }), yen)).toBe(true);
    expect(matches(rule({ conditions: [{ field: "amount", op: "equals", value: "-15.00" }] }), yen)).toBe(false);
  });

  it("combines conditions with and / or", () => {
    const conditions: RuleInput["conditions"] = [{ field: "label", op: "contains", value: "carrefour" }, { field: "amount", op: "sign", sign: "credit" }];
    expect(matches(rule({ conditions }))).toBe(false);
    expect(matches(rule({ conditions, conditionsOp: "or" }))).toBe(true);
  });
});

describe("rule validation", () => {
  const invalid = (input: unknown) => () => compileRule(input as RuleInput);
  it("rejects an invalid regex with one clear error naming the rule", () => {
    expect(invalid(rule({ name: "Broken", conditions: [{ field: "label", op: "regex", value: "([a-z" }] }))).toThrow(/Invalid regex/);
    try {
      compileRule(rule({ name: "Broken", conditions: [{ field: "label", op: "regex", value: "([a-z" }] }));
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("INVALID_INPUT");
    }
  });
  it("rejects regexes prone to catastrophic backtracking and over-long patterns", () => {
    expect(invalid(rule({ conditions: [{ field: "label", op: "regex", value: "(a+)+$" }] }))).toThrow(/slow/);
    expect(invalid(rule({ conditions: [{ field: "label", op: "regex", value: "(\\w*)*x" }] }))).toThrow(/slow/);
    expect(invalid(rule({ conditions: [{ field: "label", op: "regex", value: "(a)\\1" }] }))).toThrow(/slow/);
    expect(invalid(rule({ conditions: [{ field: "label", op: "regex", value: "^(a|aa)+$" }] }))).toThrow(/slow/);
    expect(() => compileRule(rule({ conditions: [{ field: "label", op: "regex", value: "^(cb|carte) .*monoprix\\b" }] }))).not.toThrow();
    expect(invalid(rule({ conditions: [{ field: "label", op: "regex", value: "a".repeat(201) }] }))).toThrow(AppError);
  });
  it("rejects rules without conditions or actions, unknown fields, bad amounts and days", () => {
    expect(invalid(rule({ conditions: [] }))).toThrow(AppError);
    expect(invalid(rule({ conditions: [{ field: "label", op: "contains", value: "x" }], actions: [] }))).toThrow(AppError);
    expect(invalid(rule({ conditions: [{ field: "colour", op: "equals", value: "x" } as never] }))).toThrow(AppError);
    expect(invalid(rule({ conditions: [{ field: "amount", op: "equals", value: "12,30" }] }))).toThrow(AppError);
    expect(invalid(rule({ conditions: [{ field: "amount", op: "range" }] }))).toThrow(AppError);
    expect(invalid(rule({ conditions: [{ field: "date", op: "range", from: "2024-02-30" }] }))).toThrow(AppError);
    expect(invalid(rule({ conditions: [{ field: "weekday", op: "in", values: [0] }] }))).toThrow(AppError);
  });
});

describe("rule application semantics", () => {
  const always: RuleInput["conditions"] = [{ field: "label", op: "contains", value: "carrefour" }];
  const run = (inputs: RuleInput[], s = subject()) => applyRules(sortRules(inputs.map(compileRule)), s);

  it("within a stage, the first matching rule (by position) sets the category; later ones cannot", () => {
    const outcome = run([
      rule({ id: "b", position: 2, conditions: always, actions: [{ type: "setCategory", categoryId: "400112" }] }),
      rule({ id: "a", position: 1, conditions: always, actions: [{ type: "setCategory", categoryId: "400110" }] }),
    ]);
    expect(outcome.categoryId).toBe("400110");
    expect(outcome.categoryRuleId).toBe("a");
    expect(outcome.matchedRuleIds).toEqual(["a", "b"]);
  });

  it("tags are all-match: every matching rule adds its tags, once", () => {
    const outcome = run([
      rule({ position: 1, conditions: always, actions: [{ type: "addTag", tag: "food" }] }),
      rule({ position: 2, conditions: always, actions: [{ type: "addTag", tag: "weekly" }, { type: "addTag", tag: "food" }] }),
      rule({ position: 3, conditions: [{ field: "label", op: "contains", value: "ikea" }], actions: [{ type: "addTag", tag: "home" }] }),
    ]);
    expect(outcome.tags).toEqual(["food", "weekly"]);
    expect(outcome.categoryId).toBeNull();
  });

  it("stages run pre → default → post; a later stage overrides the category", () => {
    const outcome = run([
      rule({ stage: "post", conditions: always, actions: [{ type: "setCategory", categoryId: "400160" }] }),
      rule({ stage: "default", conditions: always, actions: [{ type: "setCategory", categoryId: "400110" }] }),
    ]);
    expect(outcome.categoryId).toBe("400160");
  });

  it("a payee renamed in the pre stage is what default rules see", () => {
    const outcome = run([
      rule({ stage: "default", conditions: [{ field: "payee", op: "equals", value: "Carrefour" }], actions: [{ type: "setCategory", categoryId: "400110" }] }),
      rule({ stage: "pre", conditions: always, actions: [{ type: "setPayee", payee: "Carrefour" }] }),
    ]);
    expect(outcome.payee).toBe("Carrefour");
    expect(outcome.categoryId).toBe("400110");
  });

  it("marks internal transfers", () => {
    const outcome = run([rule({ conditions: [{ field: "label", op: "contains", value: "carrefour" }], actions: [{ type: "markInternalTransfer" }] })]);
    expect(outcome.isInternalTransfer).toBe(true);
  });
});

describe("rule suggestions", () => {
  const correction = (payee: string, categoryId: string, date: string) => ({ payee, label: payee, categoryId, date });
  it("proposes a rule after 3 corrections of the same payee to the same category", () => {
    const two = [correction("Rimone", "400810", "2024-01-01"), correction("RIMONE", "400810", "2024-01-08")];
    expect(suggestRules(two)).toEqual([]);
    const three = [...two, correction("Rimone", "400810", "2024-01-15")];
    const [suggestion] = suggestRules(three);
    expect(suggestion).toMatchObject({ payee: "Rimone", categoryId: "400810", occurrences: 3 });
    expect(compileRule({ ...suggestion!.rule, id: "new" }).matches(subject({ payee: "RIMONE" }))).toBe(true);
  });
  it("follows the latest choice and skips payees an existing rule already covers", () => {
    const history = [correction("Rimone", "400810", "2024-01-01"), correction("Rimone", "400810", "2024-01-02"), correction("Rimone", "400810", "2024-01-03"), correction("Rimone", "400160", "2024-01-04")];
    expect(suggestRules(history)).toEqual([]);
    const existing = ruleSchema.parse(rule({ conditions: [{ field: "payee", op: "equals", value: "rimone" }], actions: [{ type: "setCategory", categoryId: "400810" }] }));
    expect(suggestRules(history.slice(0, 3), [existing])).toEqual([]);
  });
});

describe("retroactive preview", () => {
  const tx = (id: string, rawLabel: string, categoryId: string, categorySource: string): PreviewTransaction => ({
    id, rawLabel, label: rawLabel, payee: null, amountMinor: -1000n, currency: "EUR", date: "2024-01-01", accountId: "a", categoryId, categorySource, tags: [],
  });
  it("lists what would change (from → to), never a manual row, nothing for rows already right", () => {
    const compiled = compileRule(rule({ conditions: [{ field: "rawLabel", op: "contains", value: "rimone" }], actions: [{ type: "setCategory", categoryId: "400810" }, { type: "addTag", tag: "resto" }] }));
    const changes = previewRuleChanges(compiled, [
      tx("1", "CB RIMONE 01/02", "0", "none"),
      tx("2", "CB RIMONE 03/02", "400110", "manual"),
      tx("3", "CB CARREFOUR", "400110", "global"),
      tx("4", "CB RIMONE 05/02", "400810", "local"),
    ]);
    expect(changes.map((c) => c.id)).toEqual(["1", "4"]);
    expect(changes[0]).toMatchObject({ from: { categoryId: "0", tags: [] }, to: { categoryId: "400810", tags: ["resto"] } });
  });
});

describe("always categorize transactions like this one", () => {
  it("drafts a rule on the clean payee that catches the same merchant with another date or card, not others", async () => {
    const { draftRuleFromTransaction } = await import("../../../lib/categorizer/rules");
    const draft = compileRule({ ...draftRuleFromTransaction({ rawLabel: "FACTURE CARTE DU 080324 RIMONE PARIS CARTE 4974XXXXXXXX2335", amountMinor: -2000n }, "400810"), id: "d" });
    expect(draft.matches(subject({ payee: "Rimone", label: "Rimone" }))).toBe(true);
    expect(draft.matches(subject({ payee: "Rimone Bis", label: "Rimone Bis" }))).toBe(false);
    const transfer = draftRuleFromTransaction({ rawLabel: "VIR SEPA RECU /DE ACME SAS /MOTIF SALAIRE", amountMinor: 250000n }, "200110");
    expect(transfer.conditions).toContainEqual({ field: "amount", op: "sign", sign: "credit" });
  });
});
