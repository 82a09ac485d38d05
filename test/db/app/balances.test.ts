import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { newHousehold } from "./households";
import { createAccount, getAccountWithBalance, listAccountsWithBalances, setAccountClosed, totalsByCurrency, updateAccount } from "../../../lib/accounts/accounts";
import { createManualTransaction, deleteTransaction } from "../../../lib/transactions/manual";
import { checkHealth } from "../../../lib/http/health";

useTestDb();

describe("account balances", () => {
  it("adds the opening balance and live transactions, per account, with per-currency household totals", async () => {
    const ctx = await newHousehold();
    const main = await createAccount(ctx, { name: "Main", type: "checking", currency: "EUR", openingBalance: "1 000,50" });
    const savings = await createAccount(ctx, { name: "Savings", type: "savings", currency: "EUR" });
    const yen = await createAccount(ctx, { name: "Tokyo", type: "cash", currency: "JPY", openingBalance: "10000" });
    const old = await createAccount(ctx, { name: "Old", type: "checking", currency: "EUR", openingBalance: "99" });
    await createManualTransaction(ctx, main.id, { date: "2024-01-02", amount: "-0.10", label: "a" });
    await createManualTransaction(ctx, main.id, { date: "2024-01-03", amount: "-0.20", label: "b" });
    const gone = await createManualTransaction(ctx, main.id, { date: "2024-01-04", amount: "-500", label: "deleted" });
    await deleteTransaction(ctx, gone.id);
    await createManualTransaction(ctx, savings.id, { date: "2024-01-05", amount: "250", label: "c" });
    await createManualTransaction(ctx, yen.id, { date: "2024-01-06", amount: "-1200", label: "d" });
    await setAccountClosed(ctx, old.id, true);

    const accounts = await listAccountsWithBalances(ctx);
    const byName = Object.fromEntries(accounts.map((a) => [a.name, a]));
    expect(byName.Main!.balanceMinor).toBe(100020n);
    expect(byName.Main!.transactionCount).toBe(2);
    expect(byName.Main!.lastDate).toBe("2024-01-03");
    expect(byName.Savings!.balanceMinor).toBe(25000n);
    expect(byName.Tokyo!.balanceMinor).toBe(8800n);
    expect(byName.Old!.balanceMinor).toBe(9900n);
    expect(accounts.at(-1)!.name).toBe("Old"); // closed accounts last
    // Closed accounts do not count in the household total.
    expect(totalsByCurrency(accounts)).toEqual([{ currency: "EUR", totalMinor: 125020n }, { currency: "JPY", totalMinor: 8800n }]);
    expect((await getAccountWithBalance(ctx, main.id)).balanceMinor).toBe(100020n);
  });

  it("fixes an account's currency once it has transactions", async () => {
    const ctx = await newHousehold();
    const account = await createAccount(ctx, { name: "Main", type: "checking", currency: "EUR" });
    await updateAccount(ctx, account.id, { name: "Main", type: "checking", currency: "USD" });
    await createManualTransaction(ctx, account.id, { date: "2024-01-02", amount: "1", label: "a" });
    const error = await updateAccount(ctx, account.id, { name: "Main", type: "checking", currency: "EUR" }).catch((e) => e);
    expect(error.code).toBe("CONFLICT");
    const renamed = await updateAccount(ctx, account.id, { name: "Checking", type: "card", currency: "USD", iban: "fr76 3000 4000 0312 3456 7890 143" });
    expect([renamed.name, renamed.type, renamed.iban]).toEqual(["Checking", "card", "FR7630004000031234567890143"]);
  });
});

describe("health", () => {
  it("is ok on a migrated database", async () => {
    const health = await checkHealth();
    expect(health).toMatchObject({ ok: true, database: "up", pendingMigrations: [] });
  });
});
