import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { operatorContext } from "../../../lib/auth/guard";
import { importCozyCsv } from "../../../lib/export/cozy/import";
import { parseCozyCsv } from "../../../lib/export/cozy/parse";

const testDb = useTestDb();

const HEADER = "Date;Realisation date;Assigned date;Label;Original bank label;Category name;Amount;Currency;Type;Expected?;Expected debit date;Reimbursement status;Bank name;Account name;Custom account name;Account number;Account originalNumber;Account type;Account balance;Account coming balance;Account IBAN;Account vendorDeleted;Recurrent?;Recurrence name;Recurrence status;Recurrence frequency;Tag 1;Tag 2;Tag 3;Tag 4;Tag 5;Unique ID;Unique account ID;Loan amount;Interest rate;Next payment date;Next payment amount;Subscription date;Repayment date";

/** One Cozy export row from the columns we care about (the others left empty, as Cozy writes them). */
function row(values: Partial<Record<string, string>>): string {
  return HEADER.split(";").map((column) => `"${(values[column] ?? "").replace(/"/g, '""')}"`).join(";");
}

const CHECKING = { "Bank name": "Crédit Mutuel", "Account name": "COMPTE CHEQUE", "Custom account name": "Joint account", "Account number": "00012345678", "Account type": "Checkings", "Account balance": "1234.56", "Account IBAN": "FR76 1027 8060 0000 0123 4567 890", "Unique account ID": "acc-1" };
const SAVINGS = { "Bank name": "Crédit Mutuel", "Account name": "LIVRET A", "Account type": "Savings", "Account balance": "5000", "Unique account ID": "acc-2" };

const SAMPLE = `\uFEFF${[
  HEADER,
  row({ ...CHECKING, Date: "2024-03-05", "Realisation date": "2024-03-04", Label: "Carrefour Market", "Original bank label": "CB CARREFOUR MARKET 04/03", "Category name": "supermarket", Amount: "-42.5", Currency: "EUR", "Tag 1": "food", "Unique ID": "tx-1" }),
  row({ ...CHECKING, Date: "2024-03-06", Label: "Salaire", "Original bank label": "VIR SEPA SALAIRE ACME", "Category name": "activityIncome", Amount: "2500.00", Currency: "EUR", "Unique ID": "tx-2" }),
  row({ ...CHECKING, Date: "2024-03-07", Label: "=cmd|' /C calc'!A0", "Category name": "notACozyCategory", Amount: "-1,20", Currency: "EUR" }),
  row({ ...SAVINGS, Label: "" }),
].join("\n")}\n`;

describe("Cozy Banks CSV export import", () => {
  it("reads accounts, transactions and Cozy category names into our (Cozy) category ids", () => {
    const parsed = parseCozyCsv(SAMPLE);
    expect(parsed.accounts.map((a) => [a.key, a.name, a.type, a.balanceMinor])).toEqual([["acc-1", "Joint account", "checking", 123_456n], ["acc-2", "LIVRET A", "savings", 500_000n]]);
    expect(parsed.transactions.map((t) => [t.date, t.amountMinor, t.categoryId, t.uniqueId])).toEqual([
      ["2024-03-05", -4_250n, "400110", "tx-1"],
      ["2024-03-06", 250_000n, "200110", "tx-2"],
      ["2024-03-07", -120n, "0", null],
    ]);
    expect(parsed.unknownCategories).toEqual(["notACozyCategory"]);
  });

  it("names the line of a bad row and imports nothing", async () => {
    const household = await testDb.prisma.household.create({ data: { name: "Bad cozy" } });
    const bad = `${HEADER}\n${row({ ...CHECKING, Date: "2024-03-05", Label: "ok", Amount: "-1" })}\n${row({ ...CHECKING, Date: "31/02/2024", Label: "x", Amount: "-1" })}\n`;
    await expect(importCozyCsv(operatorContext(household.id), bad)).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringContaining("Line 3") });
    expect(await testDb.prisma.account.count({ where: { householdId: household.id } })).toBe(0);
  });

  it("moves a Cozy user in: accounts and transactions with categories and tags; a second import adds nothing", async () => {
    const household = await testDb.prisma.household.create({ data: { name: "From Cozy" } });
    const ctx = operatorContext(household.id);
    const first = await importCozyCsv(ctx, SAMPLE);
    expect(first).toMatchObject({ accountsCreated: 2, transactionsNew: 3, transactionsDuplicate: 0 });
    const accounts = await testDb.prisma.account.findMany({ where: { householdId: household.id }, orderBy: { name: "asc" } });
    expect(accounts.map((a) => [a.name, a.institution, a.iban, a.reportedBalanceMinor])).toEqual([["Joint account", "Crédit Mutuel", "FR7610278060000001234567890", 123_456n], ["LIVRET A", "Crédit Mutuel", null, 500_000n]]);
    const transactions = await testDb.prisma.transaction.findMany({ where: { householdId: household.id }, orderBy: { date: "asc" } });
    expect(transactions.map((t) => [t.label, t.rawLabel, t.amountMinor, t.categoryId, t.categorySource, t.tags])).toEqual([
      ["Carrefour Market", "CB CARREFOUR MARKET 04/03", -4_250n, "400110", "manual", '["food"]'],
      ["Salaire", "VIR SEPA SALAIRE ACME", 250_000n, "200110", "manual", "[]"],
      ["=cmd|' /C calc'!A0", "=cmd|' /C calc'!A0", -120n, "0", "none", "[]"],
    ]);
    const again = await importCozyCsv(ctx, SAMPLE);
    expect(again).toMatchObject({ accountsCreated: 0, accountsMatched: 2, transactionsNew: 0, transactionsDuplicate: 3 });
    expect(await testDb.prisma.transaction.count({ where: { householdId: household.id } })).toBe(3);
  });
});
