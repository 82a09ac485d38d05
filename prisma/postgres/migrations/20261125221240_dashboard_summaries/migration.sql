-- DropIndex
DROP INDEX "Transaction_insights_period_idx";

-- DropIndex
DROP INDEX "Transaction_insights_balance_idx";

-- CreateTable
CREATE TABLE "TransactionDaySum" (
    "householdId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "sumMinor" BIGINT NOT NULL,
    "rowCount" INTEGER NOT NULL,

    CONSTRAINT "TransactionDaySum_pkey" PRIMARY KEY ("householdId","accountId","date","status")
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

    CONSTRAINT "TransactionMonthSum_pkey" PRIMARY KEY ("householdId","month","currency","categoryId","payee","isIncome","status")
);

-- CreateIndex
CREATE INDEX "Transaction_insights_period_idx" ON "Transaction"("householdId", "date", "accountId", "categoryId", "currency", "amountMinor", "transferId", "status", "deletedAt");

-- Summaries kept exact by triggers (see lib/insights/summary/README.md). A row of "Transaction" counts in
-- "TransactionDaySum" when live (deletedAt null), and in "TransactionMonthSum" when live, not a transfer (no
-- transferId, not a transfer category: lib/insights/scope.ts TRANSFER_CATEGORY_IDS) and not zero. PostgreSQL runs
-- them once per statement over its transition tables (one grouped upsert per bulk insert, not one per row), keys
-- in a fixed order so concurrent writers lock summary rows in the same order; rows whose count falls to zero go.
CREATE FUNCTION "transaction_sums_after_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "TransactionDaySum" AS s ("householdId", "accountId", "date", "status", "sumMinor", "rowCount")
  SELECT "householdId", "accountId", "date", "status", SUM("amountMinor"), COUNT(*) FROM new_rows WHERE "deletedAt" IS NULL GROUP BY "householdId", "accountId", "date", "status" ORDER BY "householdId", "accountId", "date", "status"
  ON CONFLICT ("householdId", "accountId", "date", "status") DO UPDATE SET "sumMinor" = s."sumMinor" + EXCLUDED."sumMinor", "rowCount" = s."rowCount" + EXCLUDED."rowCount";
  INSERT INTO "TransactionMonthSum" AS s ("householdId", "month", "currency", "categoryId", "payee", "isIncome", "status", "sumMinor", "rowCount")
  SELECT "householdId", SUBSTR("date", 1, 7), "currency", "categoryId", COALESCE("payee", ''), "amountMinor" > 0, "status", SUM("amountMinor"), COUNT(*) FROM new_rows WHERE "deletedAt" IS NULL AND COALESCE("transferId", '') = '' AND "categoryId" NOT IN ('100', '600110', '600120') AND "amountMinor" <> 0 GROUP BY "householdId", SUBSTR("date", 1, 7), "currency", "categoryId", COALESCE("payee", ''), "amountMinor" > 0, "status" ORDER BY "householdId", SUBSTR("date", 1, 7), "currency", "categoryId", COALESCE("payee", ''), "amountMinor" > 0, "status"
  ON CONFLICT ("householdId", "month", "currency", "categoryId", "payee", "isIncome", "status") DO UPDATE SET "sumMinor" = s."sumMinor" + EXCLUDED."sumMinor", "rowCount" = s."rowCount" + EXCLUDED."rowCount";
  RETURN NULL;
END $$;

CREATE FUNCTION "transaction_sums_after_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "TransactionDaySum" AS s ("householdId", "accountId", "date", "status", "sumMinor", "rowCount")
  SELECT "householdId", "accountId", "date", "status", -SUM("amountMinor"), -COUNT(*) FROM old_rows WHERE "deletedAt" IS NULL GROUP BY "householdId", "accountId", "date", "status" ORDER BY "householdId", "accountId", "date", "status"
  ON CONFLICT ("householdId", "accountId", "date", "status") DO UPDATE SET "sumMinor" = s."sumMinor" + EXCLUDED."sumMinor", "rowCount" = s."rowCount" + EXCLUDED."rowCount";
  DELETE FROM "TransactionDaySum" s USING old_rows o
   WHERE s."rowCount" = 0 AND s."householdId" = o."householdId" AND s."accountId" = o."accountId" AND s."date" = o."date" AND s."status" = o."status";
  INSERT INTO "TransactionMonthSum" AS s ("householdId", "month", "currency", "categoryId", "payee", "isIncome", "status", "sumMinor", "rowCount")
  SELECT "householdId", SUBSTR("date", 1, 7), "currency", "categoryId", COALESCE("payee", ''), "amountMinor" > 0, "status", -SUM("amountMinor"), -COUNT(*) FROM old_rows WHERE "deletedAt" IS NULL AND COALESCE("transferId", '') = '' AND "categoryId" NOT IN ('100', '600110', '600120') AND "amountMinor" <> 0 GROUP BY "householdId", SUBSTR("date", 1, 7), "currency", "categoryId", COALESCE("payee", ''), "amountMinor" > 0, "status" ORDER BY "householdId", SUBSTR("date", 1, 7), "currency", "categoryId", COALESCE("payee", ''), "amountMinor" > 0, "status"
  ON CONFLICT ("householdId", "month", "currency", "categoryId", "payee", "isIncome", "status") DO UPDATE SET "sumMinor" = s."sumMinor" + EXCLUDED."sumMinor", "rowCount" = s."rowCount" + EXCLUDED."rowCount";
  DELETE FROM "TransactionMonthSum" s USING old_rows o
   WHERE s."rowCount" = 0 AND s."householdId" = o."householdId" AND s."month" = SUBSTR(o."date", 1, 7) AND s."currency" = o."currency"
     AND s."categoryId" = o."categoryId" AND s."payee" = COALESCE(o."payee", '') AND s."isIncome" = (o."amountMinor" > 0) AND s."status" = o."status";
  RETURN NULL;
END $$;

CREATE FUNCTION "transaction_sums_after_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "TransactionDaySum" AS s ("householdId", "accountId", "date", "status", "sumMinor", "rowCount")
  SELECT d."householdId", d."accountId", d."date", d."status", SUM(d."sumMinor"), SUM(d."rowCount") FROM (
      SELECT "householdId" AS "householdId", "accountId" AS "accountId", "date" AS "date", "status" AS "status", "amountMinor" AS "sumMinor", 1 AS "rowCount" FROM new_rows WHERE "deletedAt" IS NULL
      UNION ALL SELECT "householdId", "accountId", "date", "status", -"amountMinor", -1 FROM old_rows WHERE "deletedAt" IS NULL) d
    GROUP BY d."householdId", d."accountId", d."date", d."status" HAVING SUM(d."sumMinor") <> 0 OR SUM(d."rowCount") <> 0 ORDER BY d."householdId", d."accountId", d."date", d."status"
  ON CONFLICT ("householdId", "accountId", "date", "status") DO UPDATE SET "sumMinor" = s."sumMinor" + EXCLUDED."sumMinor", "rowCount" = s."rowCount" + EXCLUDED."rowCount";
  DELETE FROM "TransactionDaySum" s USING old_rows o
   WHERE s."rowCount" = 0 AND s."householdId" = o."householdId" AND s."accountId" = o."accountId" AND s."date" = o."date" AND s."status" = o."status";
  INSERT INTO "TransactionMonthSum" AS s ("householdId", "month", "currency", "categoryId", "payee", "isIncome", "status", "sumMinor", "rowCount")
  SELECT d."householdId", d."month", d."currency", d."categoryId", d."payee", d."isIncome", d."status", SUM(d."sumMinor"), SUM(d."rowCount") FROM (
      SELECT "householdId" AS "householdId", SUBSTR("date", 1, 7) AS "month", "currency" AS "currency", "categoryId" AS "categoryId", COALESCE("payee", '') AS "payee", "amountMinor" > 0 AS "isIncome", "status" AS "status", "amountMinor" AS "sumMinor", 1 AS "rowCount" FROM new_rows WHERE "deletedAt" IS NULL AND COALESCE("transferId", '') = '' AND "categoryId" NOT IN ('100', '600110', '600120') AND "amountMinor" <> 0
      UNION ALL SELECT "householdId", SUBSTR("date", 1, 7), "currency", "categoryId", COALESCE("payee", ''), "amountMinor" > 0, "status", -"amountMinor", -1 FROM old_rows WHERE "deletedAt" IS NULL AND COALESCE("transferId", '') = '' AND "categoryId" NOT IN ('100', '600110', '600120') AND "amountMinor" <> 0) d
    GROUP BY d."householdId", d."month", d."currency", d."categoryId", d."payee", d."isIncome", d."status" HAVING SUM(d."sumMinor") <> 0 OR SUM(d."rowCount") <> 0 ORDER BY d."householdId", d."month", d."currency", d."categoryId", d."payee", d."isIncome", d."status"
  ON CONFLICT ("householdId", "month", "currency", "categoryId", "payee", "isIncome", "status") DO UPDATE SET "sumMinor" = s."sumMinor" + EXCLUDED."sumMinor", "rowCount" = s."rowCount" + EXCLUDED."rowCount";
  DELETE FROM "TransactionMonthSum" s USING old_rows o
   WHERE s."rowCount" = 0 AND s."householdId" = o."householdId" AND s."month" = SUBSTR(o."date", 1, 7) AND s."currency" = o."currency"
     AND s."categoryId" = o."categoryId" AND s."payee" = COALESCE(o."payee", '') AND s."isIncome" = (o."amountMinor" > 0) AND s."status" = o."status";
  RETURN NULL;
END $$;

CREATE TRIGGER "Transaction_sums_insert" AFTER INSERT ON "Transaction" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "transaction_sums_after_insert"();
CREATE TRIGGER "Transaction_sums_delete" AFTER DELETE ON "Transaction" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "transaction_sums_after_delete"();
CREATE TRIGGER "Transaction_sums_update" AFTER UPDATE ON "Transaction" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "transaction_sums_after_update"();

-- Existing rows: the same statements as rebuildSummaries (lib/insights/summary/rebuild.ts).
INSERT INTO "TransactionDaySum" ("householdId", "accountId", "date", "status", "sumMinor", "rowCount")
SELECT "householdId", "accountId", "date", "status", SUM("amountMinor"), COUNT(*) FROM "Transaction" WHERE "deletedAt" IS NULL GROUP BY "householdId", "accountId", "date", "status";

INSERT INTO "TransactionMonthSum" ("householdId", "month", "currency", "categoryId", "payee", "isIncome", "status", "sumMinor", "rowCount")
SELECT "householdId", SUBSTR("date", 1, 7), "currency", "categoryId", COALESCE("payee", ''), "amountMinor" > 0, "status", SUM("amountMinor"), COUNT(*) FROM "Transaction"
 WHERE "deletedAt" IS NULL AND COALESCE("transferId", '') = '' AND "categoryId" NOT IN ('100', '600110', '600120') AND "amountMinor" <> 0
 GROUP BY "householdId", SUBSTR("date", 1, 7), "currency", "categoryId", COALESCE("payee", ''), "amountMinor" > 0, "status";
