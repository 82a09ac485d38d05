import { describe, expect, it } from "vitest";
import { summaryInsertTriggers } from "../../../lib/import/summaries";

const day = `CREATE TRIGGER "d" AFTER INSERT ON "Transaction" WHEN NEW."deletedAt" IS NULL BEGIN INSERT INTO "TransactionDaySum" ("householdId") SELECT 1 ON CONFLICT ("householdId") DO UPDATE SET "rowCount" = "rowCount" + 1; END`;
const month = `CREATE TRIGGER "m" AFTER INSERT ON "Transaction" BEGIN UPDATE "TransactionMonthSum" SET "rowCount" = 1; INSERT INTO "TransactionMonthSum" SELECT 1 WHERE changes() = 0; END`;
const both = `CREATE TRIGGER "b" AFTER INSERT ON "Transaction"\nWHEN NEW."deletedAt" IS NULL\nBEGIN\n  UPDATE "TransactionDaySum" SET "rowCount" = 1;\n  INSERT INTO "TransactionMonthSum" SELECT 1;\nEND`;
const update = `CREATE TRIGGER "u" AFTER UPDATE OF "date" ON "Transaction" BEGIN INSERT INTO "TransactionDaySum" SELECT 1; END`;
const audit = `CREATE TRIGGER "a" AFTER INSERT ON "Transaction" BEGIN INSERT INTO "TransactionDaySum" SELECT 1; INSERT INTO "Audit" SELECT 1; END`;
const t = (sql: string) => ({ name: /TRIGGER "(\w+)"/.exec(sql)![1]!, sql });

describe("summaryInsertTriggers", () => {
  it("finds the insert triggers that only write the summaries, however they are named or split", () => {
    expect(summaryInsertTriggers([t(day), t(month), t(update)]).map((x) => x.name)).toEqual(["d", "m"]);
    expect(summaryInsertTriggers([t(both), t(update)]).map((x) => x.name)).toEqual(["b"]);
  });

  it("suspends nothing unless every summary table is covered and no trigger does anything else", () => {
    expect(summaryInsertTriggers([t(day), t(update)])).toEqual([]);
    expect(summaryInsertTriggers([t(audit), t(month)])).toEqual([]);
    expect(summaryInsertTriggers([])).toEqual([]);
  });
});
