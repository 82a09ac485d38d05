-- AlterTable
ALTER TABLE "Transfer" ADD COLUMN     "inId" TEXT,
ADD COLUMN     "outId" TEXT;

-- Existing pairs. A rejected pair was recorded in its id, "rejected:<outId>|<inId>"; a linked pair's sides are
-- its transactions (the debit is the out side).
UPDATE "Transfer" SET "outId" = split_part(substr("id", 10), '|', 1), "inId" = split_part(substr("id", 10), '|', 2)
 WHERE "id" LIKE 'rejected:%' AND strpos("id", '|') > 0;

UPDATE "Transfer" SET
  "outId" = (SELECT MIN(t."id") FROM "Transaction" t WHERE t."transferId" = "Transfer"."id" AND t."amountMinor" < 0),
  "inId" = (SELECT MIN(t."id") FROM "Transaction" t WHERE t."transferId" = "Transfer"."id" AND t."amountMinor" > 0)
 WHERE "id" NOT LIKE 'rejected:%';
