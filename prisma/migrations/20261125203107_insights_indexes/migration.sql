-- CreateIndex
CREATE INDEX "Transaction_insights_period_idx" ON "Transaction"("householdId", "date", "accountId", "categoryId", "currency", "amountMinor", "transferId", "status", "deletedAt", "payee");

-- CreateIndex
CREATE INDEX "Transaction_insights_balance_idx" ON "Transaction"("householdId", "accountId", "deletedAt", "status", "amountMinor");
