/** POST /api/v1/bills, called as Next would call it: a real Request against a migrated test database. */
import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { readFixture } from "../../helpers/fixtures";
import { operatorContext } from "../../../lib/auth/guard";
import { createApiToken, hashToken, listApiTokens, revokeApiToken } from "../../../lib/auth/api-tokens";
import { readBillFileOfBill } from "../../../lib/bills/files";
import { listBills } from "../../../lib/bills/list";
import { readPushRequest } from "../../../lib/konnectors/push-request";
import { POST } from "../../../app/api/v1/bills/route";

const testDb = useTestDb();

async function household(name = "Home") {
  const row = await testDb.prisma.household.create({ data: { name } });
  return operatorContext(row.id);
}

const bill = { vendor: "Free", vendorRef: "FREE-2024-03", type: "internet", amount: "34.90", currency: "EUR", date: "2024-03-02" };

function post(token: string | null, body: BodyInit, contentType: string | null = "application/json"): Promise<Response> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (contentType) headers["content-type"] = contentType;
  return POST(new Request("http://localhost/api/v1/bills", { method: "POST", headers, body }));
}

describe("API tokens", () => {
  it("shows the token once, stores only its hash, lists and revokes within the household", async () => {
    const ctx = await household();
    const other = await household("Other");
    const created = await createApiToken(ctx, { konnector: "free" });
    expect(created.token).toMatch(/^tlr_[\w-]{40}$/);
    expect(created.prefix).toBe(created.token.slice(0, 12));
    const row = await testDb.prisma.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(hashToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);
    const listed = await listApiTokens(ctx);
    expect(listed).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(created.token);
    expect(listed[0]).toMatchObject({ scopes: ["bills"], konnector: "free", revokedAt: null });
    await expect(revokeApiToken(other, created.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await revokeApiToken(ctx, created.id)).revokedAt).not.toBeNull();
    await expect(createApiToken(ctx, { scope: "bills" })).rejects.toThrow(/konnector/);
  });
});

describe("POST /api/v1/bills", () => {
  it("refuses callers without a valid bills token", async () => {
    const ctx = await household();
    const none = await post(null, JSON.stringify(bill));
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toMatch(/Bearer/);
    expect((await none.json()).error.code).toBe("UNAUTHENTICATED");
    expect((await post("tlr_made-up", JSON.stringify(bill))).status).toBe(401);
    const readWrite = await createApiToken(ctx, { scope: "read-write" });
    expect((await post(readWrite.token, JSON.stringify(bill))).status).toBe(403);
    const revoked = await createApiToken(ctx, { konnector: "free" });
    await revokeApiToken(ctx, revoked.id);
    expect((await post(revoked.token, JSON.stringify(bill))).status).toBe(401);
    const expired = await createApiToken(ctx, { konnector: "free", expiresInDays: 1 });
    await testDb.prisma.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await post(expired.token, JSON.stringify(bill))).status).toBe(401);
    expect(await testDb.prisma.bill.count({ where: { householdId: ctx.householdId } })).toBe(0);
  });

  it("stores bills for the token's household and konnector, idempotently", async () => {
    const ctx = await household();
    const other = await household("Other");
    const { token } = await createApiToken(ctx, { konnector: "free" });
    const first = await post(token, JSON.stringify({ bills: [bill, { ...bill, vendorRef: "FREE-2024-04", date: "2024-04-02" }] }));
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ konnector: "free", created: 2, existing: 0 });
    const again = await post(token, JSON.stringify(bill));
    expect(await again.json()).toMatchObject({ created: 0, existing: 1, bills: [{ created: false }] });
    const stored = await listBills(ctx);
    expect(stored.bills.map((b) => [b.konnector, b.vendorRef, b.amount])).toEqual([["free", "FREE-2024-04", "34.90"], ["free", "FREE-2024-03", "34.90"]]);
    expect((await listBills(other)).bills).toHaveLength(0);
    const runs = await testDb.prisma.konnectorRun.findMany({ where: { konnector: { householdId: ctx.householdId, slug: "free" } } });
    expect(runs.map((r) => r.status)).toEqual(["succeeded", "succeeded"]);
  });

  it("answers field-level 400s and writes nothing when a bill is invalid", async () => {
    const ctx = await household();
    const { token } = await createApiToken(ctx, { konnector: "free" });
    const response = await post(token, JSON.stringify({ bills: [bill, { ...bill, vendorRef: "X", amount: "34,90", date: "02/03/2024" }] }));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("INVALID_INPUT");
    expect(body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(["bills.1.amount", "bills.1.date"]);
    expect(await testDb.prisma.bill.count({ where: { householdId: ctx.householdId } })).toBe(0);
    const konnector = await testDb.prisma.konnector.findFirstOrThrow({ where: { householdId: ctx.householdId, slug: "free" } });
    expect(konnector.lastError).toMatch(/bills\.1\.amount/);

    expect((await post(token, "{not json")).status).toBe(400);
    expect((await post(token, "vendor=Free", "application/x-www-form-urlencoded")).status).toBe(415);
    const foreign = await post(token, JSON.stringify({ ...bill, konnector: "orange" }));
    expect(foreign.status).toBe(403);
    expect((await foreign.json()).error.fields[0].field).toBe("bills.0.konnector");
  });

  it("takes multipart with the invoice PDF, stored once and readable by the household", async () => {
    const ctx = await household();
    const { token } = await createApiToken(ctx, { konnector: "verkehr" });
    const pdf = new Uint8Array(readFixture("invoices/EN16931_OEPNV.pdf"));
    const form = () => {
      const data = new FormData();
      data.set("bills", JSON.stringify([{ vendor: "Verkehrsbetriebe GmbH", vendorRef: "E2018092011804", type: "transport", amount: "9.00", currency: "EUR", date: "2018-09-20" }]));
      data.set("file", new File([pdf], "ticket.pdf", { type: "application/pdf" }));
      return data;
    };
    const response = await post(token, form(), null);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ created: 1, existing: 0 });
    expect(body.fileId).toBeTruthy();
    const again = await (await post(token, form(), null)).json();
    expect(again).toMatchObject({ created: 0, existing: 1, fileId: body.fileId });
    const file = await readBillFileOfBill(ctx, body.bills[0].id);
    expect(file).toMatchObject({ mime: "application/pdf", name: "ticket.pdf", size: pdf.length });

    const noBills = new FormData();
    noBills.set("file", new File([pdf], "ticket.pdf"));
    const missing = await post(token, noBills, null);
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.fields[0].field).toBe("bills");
  });

  it("matches new bills against the household's transactions as they arrive", async () => {
    const ctx = await household();
    const account = await testDb.prisma.account.create({ data: { householdId: ctx.householdId, name: "Main", type: "checking", currency: "EUR" } });
    const debit = await testDb.prisma.transaction.create({
      data: { householdId: ctx.householdId, accountId: account.id, date: "2024-03-05", amountMinor: -3490n, currency: "EUR", rawLabel: "PRLV SEPA FREE TELECOM", label: "PRLV SEPA FREE TELECOM", categoryId: "400100" },
    });
    const { token } = await createApiToken(ctx, { konnector: "free" });
    const response = await post(token, JSON.stringify(bill));
    const [created] = (await response.json()).bills;
    const links = await testDb.prisma.billLink.findMany({ where: { billId: created.id } });
    expect(links.map((l) => [l.transactionId, l.kind, l.amountMinor])).toEqual([[debit.id, "debit", 3490n]]);
  });

  it("caps the body size before parsing", async () => {
    const big = new Uint8Array(2048).fill(0x20);
    await expect(readPushRequest(new Request("http://x/", { method: "POST", body: big, headers: { "content-type": "application/json" } }), 1024)).rejects.toMatchObject({ code: "TOO_LARGE" });
    const ctx = await household();
    const { token } = await createApiToken(ctx, { konnector: "free" });
    const response = await post(token, new Uint8Array(26 * 1024 * 1024).fill(0x20));
    expect(response.status).toBe(413);
  });
});
