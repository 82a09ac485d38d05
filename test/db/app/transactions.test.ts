import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { newHousehold } from "./households";
import { createAccount, setAccountClosed } from "../../../lib/accounts/accounts";
import { createManualTransaction, deleteTransaction, getTransaction, updateTransaction } from "../../../lib/transactions/manual";
import { listTransactions } from "../../../lib/transactions/list";

const testDb = useTestDb();
const fieldsOf = (error: { details?: { fields?: { field: string }[] } }) => error.details?.fields?.map((f) => f.field);

describe("manual transactions", () => {
  it("creates with the account's currency and exact minor units, in every notation users type", async () => {
    const ctx = await newHousehold();
    const eur = await createAccount(ctx, { name: "EUR", type: "checking", currency: "eur" });
    const jpy = await createAccount(ctx, { name: "JPY", type: "cash", currency: "JPY" });
    const bhd = await createAccount(ctx, { name: "BHD", type: "savings", currency: "BHD" });
    const a = await createManualTransaction(ctx, eur.id, { date: "2024-03-01", amount: "-1 234,56", label: "  Rent  ", note: "March" });
    const b = await createManualTransaction(ctx, jpy.id, { date: "2024-03-01", amount: "-1500", label: "Ramen" });
    const c = await createManualTransaction(ctx, bhd.id, { date: "2024-03-01", amount: "12.345", label: "Fee" });
    expect([a.amountMinor, a.currency, a.label, a.rawLabel, a.note, a.categorySource]).toEqual([-123456n, "EUR", "Rent", "Rent", "March", "none"]);
    expect([b.amountMinor, b.currency]).toEqual([-1500n, "JPY"]);
    expect([c.amountMinor, c.currency]).toEqual([12345n, "BHD"]);
  });

  it("refuses bad input with field errors and writes nothing", async () => {
    const ctx = await newHousehold();
    const account = await createAccount(ctx, { name: "Main", type: "checking", currency: "EUR" });
    const bad = await createManualTransaction(ctx, account.id, { date: "2024-02-30", amount: "abc", label: " " }).catch((e) => e);
    expect(bad.name).toBe("ZodError");
    expect(bad.issues.map((i: { path: string[] }) => i.path[0]).sort()).toEqual(["amount", "date", "label"]);
    const tooPrecise = await createManualTransaction(ctx, account.id, { date: "2024-02-01", amount: "1.234", label: "x" }).catch((e) => e);
    expect([tooPrecise.code, fieldsOf(tooPrecise)]).toEqual(["INVALID_INPUT", ["amount"]]);
    const badCategory = await createManualTransaction(ctx, account.id, { date: "2024-02-01", amount: "1", label: "x", categoryId: "999999" }).catch((e) => e);
    expect(fieldsOf(badCategory)).toEqual(["categoryId"]);
    expect(await testDb.prisma.transaction.count({ where: { accountId: account.id } })).toBe(0);
  });

  it("edits a manual transaction, and records a category choice as manual", async () => {
    const ctx = await newHousehold();
    const account = await createAccount(ctx, { name: "Main", type: "checking", currency: "EUR" });
    const created = await createManualTransaction(ctx, account.id, { date: "2024-01-05", amount: "-10", label: "Cafe" });
    const edited = await updateTransaction(ctx, created.id, { date: "2024-01-06", amount: "-12.5", label: "Café de la gare", note: "with Léa", categoryId: "400110" });
    expect([edited.date, edited.amountMinor, edited.label, edited.rawLabel, edited.note, edited.categoryId, edited.categorySource])
      .toEqual(["2024-01-06", -1250n, "Café de la gare", "Café de la gare", "with Léa", "400110", "manual"]);
  });

  it("keeps an imported transaction's amount and raw label as the bank said them", async () => {
    const ctx = await newHousehold();
    const account = await createAccount(ctx, { name: "Main", type: "checking", currency: "EUR" });
    const imported = await testDb.prisma.transaction.create({
      data: { householdId: ctx.householdId, accountId: account.id, date: "2024-01-05", amountMinor: -4234n, currency: "EUR", rawLabel: "CB CARREFOUR 04/01", label: "CB CARREFOUR 04/01", externalId: "FIT-1" },
    });
    const edited = await updateTransaction(ctx, imported.id, { date: "2024-01-05", amount: "-1", label: "Groceries" });
    expect([edited.amountMinor, edited.rawLabel, edited.label]).toEqual([-4234n, "CB CARREFOUR 04/01", "Groceries"]);
  });

  it("deletes as a tombstone: hidden everywhere, and its external id still blocks a re-import", async () => {
    const ctx = await newHousehold();
    const account = await createAccount(ctx, { name: "Main", type: "checking", currency: "EUR" });
    const imported = await testDb.prisma.transaction.create({
      data: { householdId: ctx.householdId, accountId: account.id, date: "2024-01-05", amountMinor: -500n, currency: "EUR", rawLabel: "X", label: "X", externalId: "FIT-9" },
    });
    await deleteTransaction(ctx, imported.id);
    const row = await testDb.prisma.transaction.findUniqueOrThrow({ where: { id: imported.id } });
    expect(row.deletedAt).toBeInstanceOf(Date);
    expect((await getTransaction(ctx, imported.id).catch((e) => e)).code).toBe("NOT_FOUND");
    expect((await deleteTransaction(ctx, imported.id).catch((e) => e)).code).toBe("NOT_FOUND");
    expect((await listTransactions(ctx, { accountId: account.id })).rows).toEqual([]);
    await expect(testDb.prisma.transaction.create({
      data: { householdId: ctx.householdId, accountId: account.id, date: "2024-01-05", amountMinor: -500n, currency: "EUR", rawLabel: "X", label: "X", externalId: "FIT-9" },
    })).rejects.toThrow();
  });

  it("refuses new transactions on a closed account until it is reopened", async () => {
    const ctx = await newHousehold();
    const account = await createAccount(ctx, { name: "Old", type: "savings", currency: "EUR" });
    await setAccountClosed(ctx, account.id, true);
    expect((await createManualTransaction(ctx, account.id, { date: "2024-01-01", amount: "1", label: "x" }).catch((e) => e)).code).toBe("CONFLICT");
    await setAccountClosed(ctx, account.id, false);
    expect((await createManualTransaction(ctx, account.id, { date: "2024-01-01", amount: "1", label: "x" })).amountMinor).toBe(100n);
  });
});

describe("transaction list", () => {
  it("pages by keyset (date, id) without gaps or repeats, and searches labels literally", async () => {
    const ctx = await newHousehold();
    const account = await createAccount(ctx, { name: "Main", type: "checking", currency: "EUR" });
    const labels = ["Rent", "Coffee 50% off", "Coffee", "Salary", "Coffee_beans", "Gym"];
    for (const [i, label] of labels.entries()) {
      await createManualTransaction(ctx, account.id, { date: `2024-01-${String(10 - (i % 3)).padStart(2, "0")}`, amount: `-${i + 1}`, label });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await listTransactions(ctx, { accountId: account.id, cursor, limit: 4 });
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(2);
    expect(new Set(seen).size).toBe(6);
    const all = (await listTransactions(ctx, { accountId: account.id, limit: 100 })).rows;
    expect(all.map((r) => r.id)).toEqual(seen);
    expect(all.map((r) => r.date)).toEqual([...all.map((r) => r.date)].sort().reverse());

    expect((await listTransactions(ctx, { accountId: account.id, search: "coffee" })).rows).toHaveLength(3);
    expect((await listTransactions(ctx, { accountId: account.id, search: "50%" })).rows.map((r) => r.label)).toEqual(["Coffee 50% off"]);
    expect((await listTransactions(ctx, { accountId: account.id, search: "e_b" })).rows.map((r) => r.label)).toEqual(["Coffee_beans"]);
  });
});
