/** Bill storage against a real migrated database: validation, idempotence, files, tenancy, listing. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { readFixture } from "../../helpers/fixtures";
import { operatorContext } from "../../../lib/auth/guard";
import { createBills } from "../../../lib/bills/create";
import { getBill, listBills } from "../../../lib/bills/list";
import { readBillFile, readBillFileOfBill, sha256Hex } from "../../../lib/bills/files";
import { dataDir } from "../../../lib/config";

const testDb = useTestDb();

async function household(name = "Home") {
  const row = await testDb.prisma.household.create({ data: { name } });
  return operatorContext(row.id);
}

const edf = { vendor: "EDF", vendorRef: "INV-2024-001", type: "energy", amount: "76.20", currency: "EUR", date: "2024-01-10", dueDate: "2024-01-25" };

async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; details?: { fields: { field: string; message: string }[] } };
  }
  throw new Error("expected a rejection");
}

describe("createBills", () => {
  it("stores a bill with exact minor units and reads it back as the DESIGN JSON", async () => {
    const ctx = await household();
    const result = await createBills(ctx, "edf", [edf]);
    expect(result).toMatchObject({ created: 1, existing: 0 });
    const bill = await getBill(ctx, result.bills[0]!.id);
    expect(bill).toMatchObject({ ...edf, isRefund: false, originalAmount: null, groupAmount: null, isThirdPartyPayer: false, konnector: "edf", amountMinor: 7620n, status: "complete" });
    expect(bill.matchingCriterias).toEqual({ labelRegex: null, amountLowerDelta: null, amountUpperDelta: null, dateLowerDelta: null, dateUpperDelta: null });
  });

  it("never duplicates: same vendorRef again, or same vendor/date/amount without a ref", async () => {
    const ctx = await household();
    await createBills(ctx, "edf", [edf]);
    const again = await createBills(ctx, "edf", [{ ...edf, amount: "76.2" }, { vendor: "Free", amount: "34.90", currency: "EUR", date: "2024-02-01" }]);
    expect(again).toMatchObject({ created: 1, existing: 1 });
    const third = await createBills(ctx, "edf", [{ vendor: " free ", amount: "34.9", currency: "EUR", date: "2024-02-01" }]);
    expect(third).toMatchObject({ created: 0, existing: 1 });
    expect(await testDb.prisma.bill.count({ where: { householdId: ctx.householdId } })).toBe(2);
  });

  it("reports every invalid field and writes nothing", async () => {
    const ctx = await household();
    const error = await errorOf(createBills(ctx, "edf", [edf, { vendor: "", amount: "-5", currency: "EURO", date: "2024-02-30" }, { ...edf, vendorRef: "X", amount: "1.234" }]));
    expect(error.code).toBe("INVALID_INPUT");
    const fields = error.details!.fields.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(["bills.1.vendor", "bills.1.amount", "bills.1.currency", "bills.1.date", "bills.2.amount"]));
    expect(await testDb.prisma.bill.count({ where: { householdId: ctx.householdId } })).toBe(0);
  });

  it("keeps Cozy's health fields and matching criterias", async () => {
    const ctx = await household();
    const health = { vendor: "Ameli", type: "health_costs", amount: "17.50", currency: "EUR", date: "2024-03-12", isRefund: true, originalAmount: "25.00", originalDate: "2024-03-01", groupAmount: "35.00", matchingCriterias: { labelRegex: "cpam", dateUpperDelta: 40 } };
    const { bills } = await createBills(ctx, "ameli", [health]);
    const bill = await getBill(ctx, bills[0]!.id);
    expect(bill).toMatchObject({ isRefund: true, originalAmount: "25.00", originalDate: "2024-03-01", groupAmount: "35.00" });
    expect(bill.matchingCriterias).toMatchObject({ labelRegex: "cpam", dateUpperDelta: 40, amountLowerDelta: null });
  });
});

describe("bill files", () => {
  it("stores a file once per household, content-addressed, and serves it only to its household", async () => {
    const ctx = await household();
    const other = await household("Other");
    const pdf = readFixture("invoices/EN16931_OEPNV.pdf");
    const sha = sha256Hex(pdf);
    const first = await createBills(ctx, "einvoice", [{ ...edf, vendorRef: "A" }], { bytes: pdf, name: "../../etc/ticket.pdf" });
    const second = await createBills(ctx, "einvoice", [{ ...edf, vendorRef: "B" }], { bytes: pdf, name: "copy.pdf" });
    expect(second.fileId).toBe(first.fileId);
    expect(await testDb.prisma.billFile.count({ where: { householdId: ctx.householdId } })).toBe(1);
    const row = await testDb.prisma.billFile.findUniqueOrThrow({ where: { id: first.fileId! } });
    expect(row).toMatchObject({ sha256: sha, mime: "application/pdf", size: pdf.length, name: "ticket.pdf", path: path.join("bills", sha.slice(0, 2), sha) });
    expect(fs.existsSync(path.join(dataDir(), row.path!))).toBe(true);

    const read = await readBillFileOfBill(ctx, first.bills[0]!.id);
    expect(Buffer.from(read.bytes).equals(Buffer.from(pdf))).toBe(true);
    await expect(readBillFile(other, first.fileId!)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(readBillFileOfBill(other, first.bills[0]!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("attaches a file to an existing bill that had none, and refuses files that are not bills", async () => {
    const ctx = await household();
    const { bills } = await createBills(ctx, "einvoice", [edf]);
    const again = await createBills(ctx, "einvoice", [edf], { bytes: readFixture("invoices/en16931/CII_example8.xml"), name: "e.xml" });
    expect(again.existing).toBe(1);
    expect((await getBill(ctx, bills[0]!.id)).fileId).toBe(again.fileId);
    await expect(createBills(ctx, "einvoice", [{ ...edf, vendorRef: "Z" }], { bytes: new TextEncoder().encode("MZ\x90\x00 not a bill"), name: "x.exe" })).rejects.toMatchObject({ code: "UNSUPPORTED_FORMAT" });
    expect(await testDb.prisma.bill.count({ where: { householdId: ctx.householdId, vendorRef: "Z" } })).toBe(0);
  });
});

describe("listing", () => {
  it("pages by date with a cursor, filters, and hides other households", async () => {
    const ctx = await household();
    const other = await household("Other");
    const inputs = Array.from({ length: 7 }, (_, i) => ({ vendor: i % 2 ? "Orange" : "EDF", vendorRef: `R${i}`, amount: `${i + 1}.00`, currency: "EUR", date: `2024-01-0${i + 1}`, type: i % 2 ? "phone" : "energy" }));
    await createBills(ctx, "k", inputs);
    const { bills: foreign } = await createBills(other, "k", [edf]);
    const first = await listBills(ctx, { limit: 3 });
    expect(first.bills.map((b) => b.date)).toEqual(["2024-01-07", "2024-01-06", "2024-01-05"]);
    const second = await listBills(ctx, { limit: 3 }, first.nextCursor);
    const third = await listBills(ctx, { limit: 3 }, second.nextCursor);
    expect([...second.bills, ...third.bills].map((b) => b.date)).toEqual(["2024-01-04", "2024-01-03", "2024-01-02", "2024-01-01"]);
    expect(third.nextCursor).toBeNull();
    expect((await listBills(ctx, { vendor: "orange" })).bills).toHaveLength(3);
    expect((await listBills(ctx, { type: "energy", from: "2024-01-03", to: "2024-01-05" })).bills.map((b) => b.vendorRef)).toEqual(["R4", "R2"]);
    await expect(getBill(ctx, foreign[0]!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
