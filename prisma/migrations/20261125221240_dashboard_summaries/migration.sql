-- DropIndex
DROP INDEX "Transaction_insights_balance_idx";

-- DropIndex
DROP INDEX "Transaction_insights_period_idx";

-- CreateTable
CREATE TABLE "TransactionDaySum" (
    "householdId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "sumMinor" BIGINT NOT NULL,
    "rowCount" INTEGER NOT NULL,

    PRIMARY KEY ("householdId", "accountId", "date", "status")
);

-- CreateTable
CREATE TABLE "TransactionMonthSum" (
    "householdId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "payee" TEXT NOT NULL,
    "isIncome" BOOLEAN NOT NULL,
    "status" TEXT NOT NULL,
    "sumMinor" BIGINT NOT NULL,
    "rowCount" INTEGER NOT NULL,

    PRIMARY KEY ("householdId", "month", "currency", "categoryId", "payee", "isIncome", "status")
);

-- CreateIndex
CREATE INDEX "Transaction_insights_period_idx" ON "Transaction"("householdId", "date", "accountId", "categoryId", "currency", "amountMinor", "transferId", "status", "deletedAt");

-- Summaries kept exact by triggers (see lib/insights/summary/README.md). A row of "Transaction" counts in
-- "TransactionDaySum" when live (deletedAt null), and in "TransactionMonthSum" when live, not a transfer (no
-- transferId, not a transfer category: lib/insights/scope.ts TRANSFER_CATEGORY_IDS) and not zero. Each addition
-- updates the summary row first and inserts it only when there was none (changes() = 0 sees the trigger's own
-- previous statement): one index seek for the common case, cheaper than an upsert's failed insert. Updates fire
-- only when a column a summary depends on changes; rows whose count falls to zero are removed.
CREATE TRIGGER "Transaction_sums_insert" AFTER INSERT ON "Transaction" WHEN NEW."deletedAt" IS NULL
BEGIN
  UPDATE "TransactionDaySum" SET "sumMinor" = "sumMinor" + NEW."amountMinor", "rowCount" = "rowCount" + 1 WHERE "householdId" = NEW."householdId" AND "accountId" = NEW."accountId" AND "date" = NEW."date" AND "status" = NEW."status" AND NEW."deletedAt" IS NULL;
  INSERT INTO "TransactionDaySum" ("householdId", "accountId", "date", "status", "sumMinor", "rowCount")
    SELECT NEW."householdId", NEW."accountId", NEW."date", NEW."status", NEW."amountMinor", 1 WHERE changes() = 0 AND NEW."deletedAt" IS NULL;
  UPDATE "TransactionMonthSum" SET "sumMinor" = "sumMinor" + NEW."amountMinor", "rowCount" = "rowCount" + 1 WHERE "householdId" = NEW."householdId" AND "month" = SUBSTR(NEW."date", 1, 7) AND "currency" = NEW."currency" AND "categoryId" = NEW."categoryId" AND "payee" = COALESCE(NEW."payee", '') AND "isIncome" = (NEW."amountMinor" > 0) AND "status" = NEW."status" AND NEW."deletedAt" IS NULL AND COALESCE(NEW."transferId", '') = '' AND NEW."categoryId" NOT IN ('100', '600110', '600120') AND NEW."amountMinor" <> 0;
  INSERT INTO "TransactionMonthSum" ("householdId", "month", "currency", "categoryId", "payee", "isIncome", "status", "sumMinor", "rowCount")
    SELECT NEW."householdId", SUBSTR(NEW."date", 1, 7), NEW."currency", NEW."categoryId", COALESCE(NEW."payee", ''), NEW."amountMinor" > 0, NEW."status", NEW."amountMinor", 1 WHERE changes() = 0 AND NEW."deletedAt" IS NULL AND COALESCE(NEW."transferId", '') = '' AND NEW."categoryId" NOT IN ('100', '600110', '600120') AND NEW."amountMinor" <> 0;
END;

CREATE TRIGGER "Transaction_sums_delete" AFTER DELETE ON "Transaction" WHEN OLD."deletedAt" IS NULL
BEGIN
  UPDATE "TransactionDaySum" SET "sumMinor" = "sumMinor" - OLD."amountMinor", "rowCount" = "rowCount" - 1 WHERE "householdId" = OLD."householdId" AND "accountId" = OLD."accountId" AND "date" = OLD."date" AND "status" = OLD."status" AND OLD."deletedAt" IS NULL;
  DELETE FROM "TransactionDaySum" WHERE "householdId" = OLD."householdId" AND "accountId" = OLD."accountId" AND "date" = OLD."date" AND "status" = OLD."status" AND "rowCount" = 0;
  UPDATE "TransactionMonthSum" SET "sumMinor" = "sumMinor" - OLD."amountMinor", "rowCount" = "rowCount" - 1 WHERE "householdId" = OLD."householdId" AND "month" = SUBSTR(OLD."date", 1, 7) AND "currency" = OLD."currency" AND "categoryId" = OLD."categoryId" AND "payee" = COALESCE(OLD."payee", '') AND "isIncome" = (OLD."amountMinor" > 0) AND "status" = OLD."status" AND OLD."deletedAt" IS NULL AND COALESCE(OLD."transferId", '') = '' AND OLD."categoryId" NOT IN ('100', '600110', '600120') AND OLD."amountMinor" <> 0;
  DELETE FROM "TransactionMonthSum" WHERE "householdId" = OLD."householdId" AND "month" = SUBSTR(OLD."date", 1, 7) AND "currency" = OLD."currency" AND "categoryId" = OLD."categoryId" AND "payee" = COALESCE(OLD."payee", '') AND "isIncome" = (OLD."amountMinor" > 0) AND "status" = OLD."status" AND "rowCount" = 0;
END;

CREATE TRIGGER "Transaction_day_sum_update" AFTER UPDATE OF "householdId", "accountId", "date", "status", "amountMinor", "deletedAt" ON "Transaction"
WHEN OLD."householdId" IS NOT NEW."householdId" OR OLD."accountId" IS NOT NEW."accountId" OR OLD."date" IS NOT NEW."date" OR OLD."status" IS NOT NEW."status" OR OLD."amountMinor" IS NOT NEW."amountMinor" OR OLD."deletedAt" IS NOT NEW."deletedAt"
BEGIN
  UPDATE "TransactionDaySum" SET "sumMinor" = "sumMinor" - OLD."amountMinor", "rowCount" = "rowCount" - 1 WHERE "householdId" = OLD."householdId" AND "accountId" = OLD."accountId" AND "date" = OLD."date" AND "status" = OLD."status" AND OLD."deletedAt" IS NULL;
  DELETE FROM "TransactionDaySum" WHERE "householdId" = OLD."householdId" AND "accountId" = OLD."accountId" AND "date" = OLD."date" AND "status" = OLD."status" AND "rowCount" = 0;
  UPDATE "TransactionDaySum" SET "sumMinor" = "sumMinor" + NEW."amountMinor", "rowCount" = "rowCount" + 1 WHERE "householdId" = NEW."householdId" AND "accountId" = NEW."accountId" AND "date" = NEW."date" AND "status" = NEW."status" AND NEW."deletedAt" IS NULL;
  INSERT INTO "TransactionDaySum" ("householdId", "accountId", "date", "status", "sumMinor", "rowCount")
    SELECT NEW."householdId", NEW."accountId", NEW."date", NEW."status", NEW."amountMinor", 1 WHERE changes() = 0 AND NEW."deletedAt" IS NULL;
END;

CREATE TRIGGER "Transaction_month_sum_update" AFTER UPDATE OF "householdId", "date", "currency", "categoryId", "payee", "status", "amountMinor", "transferId", "deletedAt" ON "Transaction"
WHEN OLD."householdId" IS NOT NEW."householdId" OR OLD."date" IS NOT NEW."date" OR OLD."currency" IS NOT NEW."currency" OR OLD."categoryId" IS NOT NEW."categoryId" OR OLD."payee" IS NOT NEW."payee" OR OLD."status" IS NOT NEW."status" OR OLD."amountMinor" IS NOT NEW."amountMinor" OR OLD."transferId" IS NOT NEW."transferId" OR OLD."deletedAt" IS NOT NEW."deletedAt"
BEGIN
  UPDATE "TransactionMonthSum" SET "sumMinor" = "sumMinor" - OLD."amountMinor", "rowCount" = "rowCount" - 1 WHERE "householdId" = OLD."householdId" AND "month" = SUBSTR(OLD."date", 1, 7) AND "currency" = OLD."currency" AND "categoryId" = OLD."categoryId" AND "payee" = COALESCE(OLD."payee", '') AND "isIncome" = (OLD."amountMinor" > 0) AND "status" = OLD."status" AND OLD."deletedAt" IS NULL AND COALESCE(OLD."transferId", '') = '' AND OLD."categoryId" NOT IN ('100', '600110', '600120') AND OLD."amountMinor" <> 0;
  DELETE FROM "TransactionMonthSum" WHERE "householdId" = OLD."householdId" AND "month" = SUBSTR(OLD."date", 1, 7) AND "currency" = OLD."currency" AND "categoryId" = OLD."categoryId" AND "payee" = COALESCE(OLD."payee", '') AND "isIncome" = (OLD."amountMinor" > 0) AND "status" = OLD."status" AND "rowCount" = 0;
  UPDATE "TransactionMonthSum" SET "sumMinor" = "sumMinor" + NEW."amountMinor", "rowCount" = "rowCount" + 1 WHERE "householdId" = NEW."householdId" AND "month" = SUBSTR(NEW."date", 1, 7) AND "currency" = NEW."currency" AND "categoryId" = NEW."categoryId" AND "payee" = COALESCE(NEW."payee", '') AND "isIncome" = (NEW."amountMinor" > 0) AND "status" = NEW."status" AND NEW."deletedAt" IS NULL AND COALESCE(NEW."transferId", '') = '' AND NEW."categoryId" NOT IN ('100', '600110', '600120') AND NEW."amountMinor" <> 0;
  INSERT INTO "TransactionMonthSum" ("householdId", "month", "currency", "categoryId", "payee", "isIncome", "status", "sumMinor", "rowCount")
    SELECT NEW."householdId", SUBSTR(NEW."date", 1, 7), NEW."currency", NEW."categoryId", COALESCE(NEW."payee", ''), NEW."amountMinor" > 0, NEW."status", NEW."amountMinor", 1 WHERE changes() = 0 AND NEW."deletedAt" IS NULL AND COALESCE(NEW."transferId", '') = '' AND NEW."categoryId" NOT IN ('100', '600110', '600120') AND NEW."amountMinor" <> 0;
END;

-- Existing rows: the same statements as rebuildSummaries (lib/insights/summary/rebuild.ts).
INSERT INTO "TransactionDaySum" ("householdId", "accountId", "date", "status", "sumMinor", "rowCount")
SELECT "householdId", "accountId", "date", "status", SUM("amountMinor"), COUNT(*) FROM "Transaction" WHERE "deletedAt" IS NULL GROUP BY "householdId", "accountId", "date", "status";

INSERT INTO "TransactionMonthSum" ("householdId", "month", "currency", "categoryId", "payee", "isIncome", "status", "sumMinor", "rowCount")
SELECT "householdId", SUBSTR("date", 1, 7), "currency", "categoryId", COALESCE("payee", ''), "amountMinor" > 0, "status", SUM("amountMinor"), COUNT(*) FROM "Transaction"
 WHERE "deletedAt" IS NULL AND COALESCE("transferId", '') = '' AND "categoryId" NOT IN ('100', '600110', '600120') AND "amountMinor" <> 0
 GROUP BY "householdId", SUBSTR("date", 1, 7), "currency", "categoryId", COALESCE("payee", ''), "amountMinor" > 0, "status";
