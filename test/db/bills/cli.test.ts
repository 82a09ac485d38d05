/** The bills and token commands against a migrated database, as an operator runs them. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { fixturePath } from "../../helpers/fixtures";
import { main } from "../../../lib/cli/main";
import type { CliIo } from "../../../lib/cli/types";

const testDb = useTestDb();

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async function* () {} };
  const code = await main(argv, io);
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

describe("bills and token commands", () => {
  it("imports e-invoices, pushes bills JSON with a file, and manages tokens", async () => {
    const household = await testDb.prisma.household.create({ data: { name: "Home" } });
    const imported = await run("bills", "import", fixturePath("invoices/EN16931_Physiotherapeut.pdf"), fixturePath("invoices/en16931/ubl-tc434-creditnote1.xml"), "--json");
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ status: "succeeded", created: 2, existing: 0 });
    expect((await run("bills", "import", fixturePath("invoices/EN16931_Physiotherapeut.pdf"))).stdout).toMatch(/0 new, 1 already known/);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tirelire-push-"));
    const billsFile = path.join(dir, "bills.json");
    fs.writeFileSync(billsFile, JSON.stringify([{ vendor: "Free", vendorRef: "F-1", type: "internet", amount: "34.90", currency: "EUR", date: "2024-03-02" }]));
    const pushed = await run("bills", "push", billsFile, "--konnector", "free", "--file", fixturePath("invoices/EN16931_OEPNV.pdf"), "--json");
    expect(pushed.code).toBe(0);
    expect(JSON.parse(pushed.stdout)).toMatchObject({ konnector: "free", created: 1, existing: 0 });
    const bill = await testDb.prisma.bill.findFirstOrThrow({ where: { householdId: household.id, konnector: "free" } });
    expect(bill.amountMinor).toBe(3490n);
    expect(bill.fileId).not.toBeNull();

    fs.writeFileSync(billsFile, JSON.stringify({ bills: [{ vendor: "Free", amount: "34,90", currency: "EUR", date: "2024-03-02" }] }));
    const invalid = await run("bills", "push", billsFile, "--konnector", "free");
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/bills\.0\.amount/);

    const created = await run("token", "create", "--konnector", "free", "--json");
    expect(created.code).toBe(0);
    const token = JSON.parse(created.stdout) as { id: string; token: string; householdId: string };
    expect(token.householdId).toBe(household.id);
    const listed = await run("token", "list");
    expect(listed.stdout).toContain(token.id);
    expect(listed.stdout).not.toContain(token.token);
    expect((await run("token", "revoke", token.id)).code).toBe(0);
    expect((await run("token", "list", "--json")).stdout).toMatch(/"revokedAt": "\d{4}-/);
    expect((await run("token", "create")).code).toBe(2);

    expect((await run("bills", "schedule", "einvoice", "0 6 * * *")).stdout).toMatch(/runs on "0 6 \* \* \*"/);
    expect((await run("bills", "schedule", "einvoice", "whenever")).code).toBe(2);
    expect((await run("bills", "schedule", "nope", "0 6 * * *")).code).toBe(2);
    const ran = await run("bills", "run", "--json");
    expect(ran.code).toBe(0);
    expect(JSON.parse(ran.stdout)).toMatchObject({ status: "succeeded", created: 0 });
    const row = await testDb.prisma.konnector.findFirstOrThrow({ where: { householdId: household.id, slug: "einvoice" } });
    expect(row.schedule).toBe("0 6 * * *");
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
