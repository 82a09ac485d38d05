import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { operatorContext, type HouseholdContext } from "../../../lib/auth/guard";
import { commitParsed, listImports, undoImport } from "../../../lib/import";
import { account, inputFor, parsed, statement, tx } from "./helpers";

const testDb = useTestDb();
let ctx: HouseholdContext;

interface Row { id: string; externalId: string | null; status: string; deletedAt: unknown; amountMinor: bigint; rawLabel: string }
const rowsOf = (accountId: string) =>
  testDb.raw.all<Row>(`SELECT "id", "externalId", "status", "deletedAt", "amountMinor", "rawLabel" FROM "Transaction" WHERE "accountId" = ? ORDER BY "date", "id"`, [accountId]);

beforeAll(async () => {
  const household = await testDb.prisma.household.create({ data: { name: "Pending" } });
  ctx = operatorContext(household.id);
});

describe("pending rows and undo", () => {
  const iban = "FR7630004000031234567890143";
  const card = account({ iban, currency: "EUR" });
  let accountId = "";

  it("creates the account on 'auto' and stores the pending row", async () => {
    const first = parsed([statement([tx("2024-06-01", "-45.00", "RESTAURANT LE ZINC", { externalId: "P-1", pending: true }), tx("2024-05-30", "-10.00", "KIOSQUE", { externalId: "B-0" })], { account: card })], "camt");
    const result = await commitParsed(ctx, inputFor("auto"), [first]);
    expect(result.accounts).toHaveLength(1);
    expect(result.accounts[0]!.isNew).toBe(true);
    accountId = result.accounts[0]!.accountId;
    expect((await rowsOf(accountId)).map((r) => r.status).sort()).toEqual(["booked", "pending"]);
  });

  let bookedBatch = "";
  it("replaces the pending row by its booked version, and re-importing the old file does not bring it back", async () => {
    const booked = parsed([statement([tx("2024-06-03", "-52.00", "RESTAURANT LE ZINC PARIS", { externalId: "B-1" })], { account: card })], "camt");
    const result = await commitParsed(ctx, inputFor("auto"), [booked]);
    bookedBatch = result.batchId;
    expect(result).toMatchObject({ new: 1, replaced: 1 });
    const rows = await rowsOf(accountId);
    const live = rows.filter((r) => r.deletedAt === null);
    expect(live.map((r) => r.externalId).sort()).toEqual(["B-0", "B-1"]);
    const again = parsed([statement([tx("2024-06-01", "-45.00", "RESTAURANT LE ZINC", { externalId: "P-1", pending: true })], { account: card })], "camt");
    expect(await commitParsed(ctx, inputFor("auto"), [again])).toMatchObject({ new: 0, duplicates: 1 });
  });

  it("undo removes what the batch created and restores the pending row it replaced", async () => {
    const undone = await undoImport(ctx, bookedBatch);
    expect(undone).toMatchObject({ removed: 1, restored: 1, removedAccounts: 0 });
    const live = (await rowsOf(accountId)).filter((r) => r.deletedAt === null);
    expect(live.map((r) => `${r.externalId}:${r.status}`).sort()).toEqual(["B-0:booked", "P-1:pending"]);
    await expect(undoImport(ctx, bookedBatch)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a booked row with the same id as the pending one replaces it, and undo gives the id back", async () => {
    const sameId = parsed([statement([tx("2024-06-02", "-45.00", "RESTAURANT LE ZINC", { externalId: "P-1" })], { account: card })], "camt");
    const result = await commitParsed(ctx, inputFor("auto"), [sameId]);
    expect(result).toMatchObject({ new: 1, replaced: 1 });
    let live = (await rowsOf(accountId)).filter((r) => r.deletedAt === null);
    expect(live.map((r) => `${r.externalId}:${r.status}`).sort()).toEqual(["B-0:booked", "P-1:booked"]);
    await undoImport(ctx, result.batchId);
    live = (await rowsOf(accountId)).filter((r) => r.deletedAt === null);
    expect(live.map((r) => `${r.externalId}:${r.status}`).sort()).toEqual(["B-0:booked", "P-1:pending"]);
  });

  it("undoing the batch that created an account removes the account too, and the history shows every batch", async () => {
    const other = parsed([statement([tx("2024-06-05", "100.00", "VIR SALAIRE")], { account: account({ iban: "DE89370400440532013000" }) })], "camt");
    const result = await commitParsed(ctx, inputFor("auto"), [other]);
    const created = result.accounts[0]!.accountId;
    expect(await undoImport(ctx, result.batchId)).toMatchObject({ removed: 1, removedAccounts: 1 });
    expect(await testDb.prisma.account.findUnique({ where: { id: created } })).toBeNull();

    const firstPage = await listImports(ctx, { limit: 3 });
    expect(firstPage.items).toHaveLength(3);
    expect(firstPage.nextCursor).not.toBeNull();
    const secondPage = await listImports(ctx, { cursor: firstPage.nextCursor, limit: 3 });
    const all = [...firstPage.items, ...secondPage.items];
    expect(all).toHaveLength(5);
    expect(new Set(all.map((b) => b.id)).size).toBe(5);
    expect(all[0]!.id).toBe(result.batchId);
    expect(all[0]!.status).toBe("undone");
    // A cursor that is not one this list handed out is refused, never read as the first page.
    const edited = firstPage.nextCursor!.slice(0, -2) + (firstPage.nextCursor!.endsWith("A") ? "B" : "A");
    for (const cursor of ["garbage", edited]) {
      await expect(listImports(ctx, { cursor, limit: 3 })).rejects.toMatchObject({ code: "INVALID_INPUT", details: { fields: [{ field: "cursor" }] } });
    }
  });
});
