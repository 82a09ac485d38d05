import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { operatorContext, type HouseholdContext } from "../../../lib/auth/guard";
import { commitParsed } from "../../../lib/import";
import { inputFor, parsed, statement, tx } from "./helpers";

const testDb = useTestDb();
let ctx: HouseholdContext;
let accountId: string;
let ruleId: string;

beforeAll(async () => {
  const household = await testDb.prisma.household.create({ data: { name: "Categorized" } });
  ctx = operatorContext(household.id);
  accountId = (await testDb.prisma.account.create({ data: { householdId: household.id, name: "Checking", type: "checking", currency: "EUR" } })).id;
  const rule = await testDb.prisma.rule.create({
    data: {
      householdId: household.id, name: "Bread",
      conditions: JSON.stringify([{ field: "rawLabel", op: "contains", value: "BOULANGERIE" }]),
      actions: JSON.stringify([{ type: "setCategory", categoryId: "400110" }, { type: "addTag", tag: "bread" }]),
    },
  });
  ruleId = rule.id;
});

describe("categorization on import", () => {
  it("runs the household's categorizer on every written row and stores its verdict", async () => {
    const file = parsed([statement([tx("2024-07-01", "-4.20", "CB BOULANGERIE DUPONT 30/06"), tx("2024-07-02", "-9.00", "ZZZ UNKNOWN THING 42")])]);
    await commitParsed(ctx, inputFor({ accountId }), [file]);
    const rows = await testDb.prisma.transaction.findMany({ where: { accountId }, orderBy: { date: "asc" } });
    expect(rows[0]).toMatchObject({ rawLabel: "CB BOULANGERIE DUPONT 30/06", categoryId: "400110", categorySource: "rule", categoryRuleId: ruleId });
    expect(JSON.parse(rows[0]!.tags)).toEqual(["bread"]);
    expect(rows[0]!.label.length).toBeGreaterThan(0);
    expect(rows[1]!.rawLabel).toBe("ZZZ UNKNOWN THING 42");
    expect(rows[1]!.categoryRuleId).toBeNull();
  });
});
