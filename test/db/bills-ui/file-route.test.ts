/**
 * GET /api/bills/[billId]/file as Next calls it, against a migrated database. Only the session lookup is
 * replaced (next-auth and the request cookies exist only inside a Next request); the route, the household guard
 * and the file store are the real ones.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { useTestDb } from "../../helpers/db";
import { readFixture } from "../../helpers/fixtures";
import { newHousehold } from "../app/households";
import { createBills } from "../../../lib/bills/create";
import { GET } from "../../../app/api/bills/[billId]/file/route";
import { POST as UPLOAD } from "../../../app/api/bills/upload/route";
import { memberOf } from "../app/households";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => (session.userId ? { userId: session.userId } : null),
}));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

useTestDb();

const pdf = readFixture("invoices/EN16931_SEPA_Prenotification.pdf");
const xml = readFixture("invoices/xrechnung/03.01a-INVOICE_ubl.xml");
const bill = (vendorRef: string) => ({ vendor: "Free", vendorRef, amount: "34.90", currency: "EUR", date: "2024-03-02" });

function get(billId: string, query = ""): Promise<Response> {
  return GET(new Request(`http://localhost/api/bills/${billId}/file${query}`), { params: Promise.resolve({ billId }) });
}

beforeEach(() => {
  session.userId = null;
});

describe("bill file route", () => {
  it("serves a PDF inline to its household, as an attachment on ?download=1, with nosniff and same-origin framing", async () => {
    const alice = await newHousehold("Alice");
    const { bills: [created] } = await createBills(alice, "test", [bill("F-1")], { bytes: pdf, name: "facture mars.pdf" });
    session.userId = alice.userId;

    const response = await get(created!.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(/^inline; filename="facture mars.pdf"/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toBe("frame-ancestors 'self'");
    expect(response.headers.get("cache-control")).toContain("private");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdf);

    const download = await get(created!.id, "?download=1");
    expect(download.headers.get("content-disposition")).toMatch(/^attachment;/);
  });

  it("never shows XML inline: always an attachment, sandboxed", async () => {
    const alice = await newHousehold();
    const { bills: [created] } = await createBills(alice, "test", [bill("F-2")], { bytes: xml, name: "invoice.xml" });
    session.userId = alice.userId;
    const response = await get(created!.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(response.headers.get("content-security-policy")).toContain("sandbox");
  });

  it("answers 404 for another household's bill (and for a bill without file), 401 without a session", async () => {
    const alice = await newHousehold("Alice");
    const bob = await newHousehold("Bob");
    const { bills: [withFile] } = await createBills(alice, "test", [bill("F-3")], { bytes: pdf, name: "a.pdf" });
    const { bills: [withoutFile] } = await createBills(alice, "test", [bill("F-4")]);

    session.userId = bob.userId;
    const foreign = await get(withFile!.id);
    expect(foreign.status).toBe(404);
    expect(await foreign.text()).not.toContain("%PDF");

    session.userId = alice.userId;
    expect((await get(withoutFile!.id)).status).toBe(404);
    expect((await get("no-such-bill")).status).toBe(404);

    session.userId = null;
    const anonymous = await get(withFile!.id);
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error.code).toBe("UNAUTHENTICATED");
  });
});

describe("bill upload route", () => {
  function upload(files: { name: string; bytes: Uint8Array }[]): Promise<Response> {
    const form = new FormData();
    for (const file of files) form.append("files", new Blob([file.bytes as BlobPart]), file.name);
    return UPLOAD(new Request("http://localhost/api/bills/upload", { method: "POST", body: form }));
  }

  it("reads several files, reports each, and refuses viewers and anonymous callers", async () => {
    const owner = await newHousehold();
    session.userId = owner.userId;
    const response = await upload([{ name: "sepa.pdf", bytes: pdf }, { name: "ubl.xml", bytes: xml }, { name: "notes.txt", bytes: new TextEncoder().encode("hello") }]);
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({ created: 2, existing: 0, failed: 1 });
    expect(body.files.map((f: { name: string; status: string }) => [f.name, f.status])).toEqual([["sepa.pdf", "stored"], ["ubl.xml", "stored"], ["notes.txt", "failed"]]);
    expect(body.files[0].bills[0]).toMatchObject({ vendorRef: "471102", amount: "529.87", status: "complete" });

    const viewer = await memberOf(owner, "viewer");
    session.userId = viewer.userId;
    expect((await upload([{ name: "sepa.pdf", bytes: pdf }])).status).toBe(403);
    session.userId = null;
    expect((await upload([{ name: "sepa.pdf", bytes: pdf }])).status).toBe(401);
  });
});
