/** Konnector runs against a real database: the e-invoice konnector (files and inbox), run records, schedules. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { readFixture } from "../../helpers/fixtures";
import { operatorContext } from "../../../lib/auth/guard";
import { listBills } from "../../../lib/bills/list";
import { runKonnector } from "../../../lib/konnectors/run";
import { configureKonnector } from "../../../lib/konnectors/configure";
import { runDueKonnectors } from "../../../lib/konnectors/schedule";
import { inboxDir } from "../../../lib/konnectors/builtin/einvoice";
import { buildPdf } from "../../unit/einvoice/pdf-builder";

const testDb = useTestDb();

async function household(name = "Home") {
  const row = await testDb.prisma.household.create({ data: { name } });
  return operatorContext(row.id);
}

const file = (relative: string) => ({ bytes: readFixture(`invoices/${relative}`), name: path.basename(relative) });

describe("e-invoice konnector", () => {
  it("imports given files once, with their file, and records each run", async () => {
    const ctx = await household();
    const files = [file("EN16931_SEPA_Prenotification.pdf"), file("xrechnung/03.01a-INVOICE_ubl.xml")];
    const first = await runKonnector(ctx, "einvoice", { files });
    expect(first).toMatchObject({ status: "succeeded", created: 2, existing: 0, failed: 0, error: null });
    const second = await runKonnector(ctx, "einvoice", { files });
    expect(second).toMatchObject({ status: "succeeded", created: 0, existing: 2 });

    const { bills } = await listBills(ctx);
    expect(bills.map((b) => [b.vendorRef, b.amount, b.isRefund, b.konnector])).toEqual([
      ["123456789", "225.14", true, "einvoice"],
      ["471102", "529.87", false, "einvoice"],
    ]);
    const sepa = bills[1]!;
    expect(sepa).toMatchObject({ mandateId: "REF A-123", creditorId: "DE98ZZZ09999999999", dueDate: "2018-03-20", status: "complete" });
    expect(sepa.fileId).not.toBeNull();
    expect((sepa.details as { format: string }).format).toBe("facturx");

    const konnector = await testDb.prisma.konnector.findUniqueOrThrow({ where: { householdId_slug: { householdId: ctx.householdId, slug: "einvoice" } }, include: { runs: true } });
    expect(konnector.lastError).toBeNull();
    expect(konnector.runs.map((r) => [r.status, r.countNew, r.countSkipped])).toEqual(expect.arrayContaining([["succeeded", 2, 0], ["succeeded", 0, 2]]));
  });

  it("keeps a plain PDF as a bill to complete, identified by its content", async () => {
    const ctx = await household();
    const pdf = { bytes: buildPdf({ lines: ["Free Mobile", "Facture du 02/04/2024", "Total TTC 15,99 €"] }), name: "free.pdf" };
    await runKonnector(ctx, "einvoice", { files: [pdf] });
    const again = await runKonnector(ctx, "einvoice", { files: [pdf] });
    expect(again.existing).toBe(1);
    const [bill] = (await listBills(ctx)).bills;
    expect(bill).toMatchObject({ status: "to_complete", vendor: "Free Mobile", amount: "15.99", date: "2024-04-02", type: "phone" });
    expect(bill!.identity).toMatch(/^file:[0-9a-f]{64}$/);
  });

  it("sweeps the inbox: read files go to processed/, unreadable ones to failed/, and the run says why", async () => {
    const ctx = await household();
    const inbox = inboxDir(ctx.householdId);
    fs.mkdirSync(inbox, { recursive: true });
    fs.writeFileSync(path.join(inbox, "enexis.xml"), readFixture("invoices/en16931/CII_example8.xml"));
    fs.writeFileSync(path.join(inbox, "notes.txt"), "not an invoice");
    const result = await runKonnector(ctx, "einvoice");
    expect(result).toMatchObject({ status: "failed", created: 1, failed: 1 });
    expect(result.error).toMatch(/notes\.txt/);
    expect(fs.readdirSync(inbox).filter((f) => !["processed", "failed"].includes(f))).toEqual([]);
    expect(fs.readdirSync(path.join(inbox, "processed"))[0]).toMatch(/_enexis\.xml$/);
    expect(fs.readdirSync(path.join(inbox, "failed"))[0]).toMatch(/_notes\.txt$/);
    const row = await testDb.prisma.konnector.findFirstOrThrow({ where: { householdId: ctx.householdId, slug: "einvoice" } });
    expect(row.lastError).toMatch(/notes\.txt/);

    const clean = await runKonnector(ctx, "einvoice");
    expect(clean).toMatchObject({ status: "succeeded", created: 0, items: [] });
    expect((await testDb.prisma.konnector.findFirstOrThrow({ where: { id: row.id } })).lastError).toBeNull();
  });

  it("watches inboxes: files dropped for a household are read on the next scheduler pass, schedule or not", async () => {
    const ctx = await household();
    const inbox = inboxDir(ctx.householdId);
    fs.mkdirSync(inbox, { recursive: true });
    fs.writeFileSync(path.join(inbox, "physio.pdf"), readFixture("invoices/EN16931_Physiotherapeut.pdf"));
    const stranger = inboxDir("no-such-household");
    fs.mkdirSync(stranger, { recursive: true });
    fs.writeFileSync(path.join(stranger, "x.xml"), readFixture("invoices/en16931/CII_example8.xml"));
    const runs = await runDueKonnectors();
    expect(runs.filter((r) => r.householdId === ctx.householdId).map((r) => r.result?.created)).toEqual([1]);
    expect(runs.some((r) => r.householdId === "no-such-household")).toBe(false);
    expect(fs.existsSync(path.join(stranger, "x.xml"))).toBe(true);
    expect((await runDueKonnectors()).filter((r) => r.householdId === ctx.householdId)).toHaveLength(0);
    fs.rmSync(stranger, { recursive: true, force: true });
  });

  it("refuses unknown konnectors and invalid schedules", async () => {
    const ctx = await household();
    await expect(runKonnector(ctx, "nope")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(configureKonnector(ctx, { slug: "einvoice", schedule: "every day" })).rejects.toThrow(/cron/);
  });

  it("runs scheduled konnectors when due, once per tick", async () => {
    const ctx = await household();
    await configureKonnector(ctx, { slug: "einvoice", schedule: "0 6 * * *" });
    const created = (await testDb.prisma.konnector.findFirstOrThrow({ where: { householdId: ctx.householdId } })).createdAt;
    const beforeTick = new Date(created.getTime() + 1000);
    const later = new Date(created.getTime() + 2 * 86_400_000);
    expect((await runDueKonnectors(beforeTick)).filter((r) => r.householdId === ctx.householdId)).toHaveLength(0);
    const inbox = inboxDir(ctx.householdId);
    fs.mkdirSync(inbox, { recursive: true });
    fs.writeFileSync(path.join(inbox, "taxi.pdf"), readFixture("invoices/zugferd_2p0_BASIC_Taxifahrt.pdf"));
    const runs = (await runDueKonnectors(later)).filter((r) => r.householdId === ctx.householdId);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.result).toMatchObject({ created: 1, status: "succeeded" });
    // The run stamped lastRunAt with the real clock: no tick has passed since, so nothing is due now.
    const rerun = (await runDueKonnectors(new Date())).filter((r) => r.householdId === ctx.householdId);
    expect(rerun).toHaveLength(0);
  });
});

describe("completing a bill by hand", () => {
  it("turns a bill to complete into a complete one, keeps its identity, and refuses other households", async () => {
    const ctx = await household();
    const other = await household("Other");
    const pdf = { bytes: buildPdf({ lines: ["Facture", "Total 12,00 €"] }), name: "scan.pdf" };
    await runKonnector(ctx, "einvoice", { files: [pdf] });
    const [draft] = (await listBills(ctx)).bills;
    expect(draft!.status).toBe("to_complete");
    const { completeBill } = await import("../../../lib/bills/complete");
    await expect(completeBill(other, draft!.id, { vendor: "Boulanger", amount: "12.00", currency: "EUR", date: "2024-05-02" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(completeBill(ctx, draft!.id, { vendor: "Boulanger", amount: "12.001", currency: "EUR", date: "2024-05-02" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const done = await completeBill(ctx, draft!.id, { vendor: "Boulanger", vendorRef: "B-12", type: "other", amount: "12.00", currency: "EUR", date: "2024-05-02" });
    expect(done).toMatchObject({ status: "complete", vendor: "Boulanger", amount: "12.00", amountMinor: 1200n, identity: draft!.identity });
    expect((await runKonnector(ctx, "einvoice", { files: [pdf] })).existing).toBe(1);
  });
});
