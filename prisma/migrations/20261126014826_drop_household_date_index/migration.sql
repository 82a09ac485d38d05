-- DropIndex
DROP INDEX "Transaction_householdId_date_idx";
