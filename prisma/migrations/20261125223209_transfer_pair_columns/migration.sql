-- AlterTable
ALTER TABLE "Transfer" ADD COLUMN "inId" TEXT;
ALTER TABLE "Transfer" ADD COLUMN "outId" TEXT;

-- Existing pairs. A rejected pair was recorded in its id, "rejected:<outId>|<inId>"; a linked pair's sides are
-- its transactions (the debit is the out side).
UPDATE "Transfer" SET "outId" = substr("id", 10, instr("id", '|') - 10), "inId" = substr("id", instr("id", '|') + 1)
 WHERE "id" LIKE 'rejected:%' AND instr("id", '|') > 0;

UPDATE "Transfer" SET
  "outId" = (SELECT MIN(t."id") FROM "Transaction" t WHERE t."transferId" = "Transfer"."id" AND t."amountMinor" < 0),
  "inId" = (SELECT MIN(t."id") FROM "Transaction" t WHERE t."transferId" = "Transfer"."id" AND t."amountMinor" > 0)
 WHERE "id" NOT LIKE 'rejected:%';
