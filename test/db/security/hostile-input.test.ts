/**
 * Hostile input through the real entry points (route handlers as Next calls them): path traversal in uploaded
 * file names, uploads past the cap refused before the body is read whole, XML bombs and external entities in
 * CAMT statements and e-invoices, a PDF deflate bomb. Each gets a clear error and changes nothing. Only the
 * session lookup (next-auth, request cookies) is replaced.
 */
import fs from "node:fs";
import path from "node:path";
import { Deflate } from "fflate";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useTestDb } from "../../helpers/db";
import { readFixture } from "../../helpers/fixtures";
import { newHousehold } from "../app/households";
import { createApiToken } from "../../../lib/auth/api-tokens";
import { dataDir } from "../../../lib/config";
import { POST as importRoute } from "../../../app/api/v1/imports/route";
import { POST as previewRoute } from "../../../app/api/v1/imports/preview/route";
import { POST as billUploadRoute } from "../../../app/api/bills/upload/route";
import { POST as pushRoute } from "../../../app/api/v1/bills/route";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => (session.userId ? { userId: session.userId } : null),
}));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const testDb = useTestDb();

beforeEach(() => {
  session.userId = null;
});
afterEach(() => {
  delete process.env.TIRELIRE_MAX_UPLOAD_MB;
});

function formWith(field: string, name: string, content: string | Uint8Array): FormData {
  const form = new FormData();
  form.set(field, new File([typeof content === "string" ? content : new Uint8Array(content)], name));
  return form;
}

const upload = (form: FormData) => importRoute(new Request("http://localhost/api/v1/imports", { method: "POST", body: form }));
const uploadBills = (form: FormData) => billUploadRoute(new Request("http://localhost/api/bills/upload", { method: "POST", body: form }));

/** A body of `totalBytes` streamed in 64 KB pieces with no Content-Length; counts what the server pulled. */
function endlessBody(totalBytes: number, prefix = ""): { body: ReadableStream<Uint8Array>; pulled: () => number } {
  let sent = 0;
  const piece = new Uint8Array(64 * 1024).fill(0x41);
  const head = new TextEncoder().encode(prefix);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      const chunk = sent === 0 ? new Uint8Array([...head, ...piece.subarray(head.length)]) : piece;
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { body, pulled: () => sent };
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt><Id>&lol4;</Id></Stmt></BkToCstmrStmt></Document>`;

const secretFile = () => path.join(dataDir(), "not-for-you.txt");
const xxe = (root: string) => `<?xml version="1.0"?>
<!DOCTYPE x SYSTEM "file://${secretFile()}">
${root.replace("@@", `<Note>&xxe;</Note>`)}`;
const xxeWithSubset = (root: string) => `<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY xxe SYSTEM "file://${secretFile()}">]>
${root.replace("@@", "&xxe;")}`;
const CAMT_ROOT = `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt><Id>@@</Id></Stmt></BkToCstmrStmt></Document>`;
const UBL_ROOT = `<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><ID>@@</ID></Invoice>`;

async function countsOf(householdId: string) {
  const p = testDb.prisma;
  return {
    batches: await p.importBatch.count({ where: { householdId } }),
    transactions: await p.transaction.count({ where: { householdId } }),
    accounts: await p.account.count({ where: { householdId } }),
    bills: await p.bill.count({ where: { householdId } }),
    files: await p.billFile.count({ where: { householdId } }),
  };
}

/** A minimal PDF whose only content stream inflates to `inflatedMb` megabytes of zeros (a few hundred KB on disk). */
function deflateBombPdf(inflatedMb: number, streams = 1): Uint8Array {
  const compressed: Uint8Array[] = [];
  const deflater = new Deflate({ level: 9 }, (chunk) => compressed.push(chunk));
  const zeros = new Uint8Array(1024 * 1024);
  for (let i = 0; i < inflatedMb; i++) deflater.push(zeros, i === inflatedMb - 1);
  const data = new Uint8Array(compressed.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const c of compressed) {
    data.set(c, offset);
    offset += c.length;
  }
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [enc.encode("%PDF-1.7\n")];
  const kids = Array.from({ length: streams }, (_, i) => `${4 + i} 0 R`).join(" ");
  parts.push(enc.encode(`1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /Contents [${kids}] >> endobj\n`));
  for (let i = 0; i < streams; i++) {
    parts.push(enc.encode(`${4 + i} 0 obj << /Length ${data.length} /Filter /FlateDecode >> stream\n`), data, enc.encode("\nendstream endobj\n"));
  }
  parts.push(enc.encode("trailer << /Root 1 0 R >>\n%%EOF\n"));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

describe("path traversal in uploaded file names", () => {
  it("bill uploads keep only the base name and write nothing outside <dataDir>/bills", async () => {
    const alice = await newHousehold("Alice");
    session.userId = alice.userId;
    const pdf = readFixture("invoices/Facture_FR_MINIMUM.pdf");
    const before = [...fs.readdirSync(dataDir()), "auth.secret", "secret.key", "test.db-shm", "test.db-wal"];
    const response = await uploadBills(formWith("files", "../../../../tmp/evil..pdf", pdf));
    expect(response.status).toBeLessThan(500);
    const files = await testDb.prisma.billFile.findMany({ where: { householdId: alice.householdId } });
    for (const file of files) {
      expect(file.name ?? "").not.toMatch(/[\\/]|\.\.[\\/]/);
      expect(path.resolve(dataDir(), file.path ?? "")).toMatch(new RegExp(`^${path.join(dataDir(), "bills").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    }
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toBe("evil..pdf");
    expect(fs.readdirSync(dataDir()).filter((n) => !before.includes(n))).toEqual(["bills"]);
    expect(fs.existsSync("/tmp/evil..pdf")).toBe(false);
  });

  it("an import file name is only a label: stored as text (at most 255 chars), never used as a path", async () => {
    const alice = await newHousehold("Alice");
    session.userId = alice.userId;
    const name = `../../${"x".repeat(400)}/../../etc/passwd.qif`;
    const form = formWith("file", name, "!Type:Bank\nD01/02/2024\nT-5.00\nPBakery\n^\n");
    form.set("format", "qif");
    form.set("target", JSON.stringify({ newAccount: { name: "Cash", currency: "EUR" } }));
    const response = await upload(form);
    expect(response.status, await response.clone().text()).toBe(201);
    const [batch] = await testDb.prisma.importBatch.findMany({ where: { householdId: alice.householdId } });
    expect(batch!.fileName.length).toBeLessThanOrEqual(255);
    expect(fs.readdirSync(dataDir()).filter((n) => n.includes("passwd"))).toEqual([]);
  });
});

describe("uploads past the cap", () => {
  it("an import larger than TIRELIRE_MAX_UPLOAD_MB is refused (413) after reading little more than the cap", async () => {
    const alice = await newHousehold("Alice");
    session.userId = alice.userId;
    process.env.TIRELIRE_MAX_UPLOAD_MB = "1";
    const { body, pulled } = endlessBody(64 * 1024 * 1024);
    const response = await importRoute(new Request("http://localhost/api/v1/imports", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x" }, body, duplex: "half" } as RequestInit));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("TOO_LARGE");
    expect(pulled()).toBeLessThan(4 * 1024 * 1024);
    expect(await countsOf(alice.householdId)).toEqual({ batches: 0, transactions: 0, accounts: 0, bills: 0, files: 0 });
  });

  it("a declared Content-Length past the cap is refused before reading anything", async () => {
    const alice = await newHousehold("Alice");
    session.userId = alice.userId;
    process.env.TIRELIRE_MAX_UPLOAD_MB = "1";
    const { body, pulled } = endlessBody(8 * 1024 * 1024);
    const response = await previewRoute(new Request("http://localhost/api/v1/imports/preview", {
      method: "POST", headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(8 * 1024 * 1024) }, body, duplex: "half",
    } as RequestInit));
    expect(response.status).toBe(413);
    expect(pulled()).toBeLessThanOrEqual(128 * 1024);
  });

  it("bill uploads (session) and the push API (token) stop reading past their caps", async () => {
    const alice = await newHousehold("Alice");
    session.userId = alice.userId;
    const bills = endlessBody(200 * 1024 * 1024);
    const viaPage = await billUploadRoute(new Request("http://localhost/api/bills/upload", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x" }, body: bills.body, duplex: "half" } as RequestInit));
    expect(viaPage.status).toBe(413);
    expect(bills.pulled()).toBeLessThan(64 * 1024 * 1024);

    const { token } = await createApiToken(alice, { konnector: "free" });
    const pushed = endlessBody(200 * 1024 * 1024, '{"bills":[{"vendor":"');
    const viaApi = await pushRoute(new Request("http://localhost/api/v1/bills", { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: pushed.body, duplex: "half" } as RequestInit));
    expect(viaApi.status).toBe(413);
    expect(pushed.pulled()).toBeLessThan(27 * 1024 * 1024);
    expect(await countsOf(alice.householdId)).toEqual({ batches: 0, transactions: 0, accounts: 0, bills: 0, files: 0 });
  });
});

describe("hostile XML", () => {
  it("CAMT imports refuse an entity bomb and external entities with a 4xx; nothing is written, nothing read from disk", async () => {
    const alice = await newHousehold("Alice");
    session.userId = alice.userId;
    fs.writeFileSync(secretFile(), "TOP-SECRET-CONTENT");
    for (const [name, text] of [["bomb.xml", BILLION_LAUGHS], ["xxe.xml", xxeWithSubset(CAMT_ROOT)], ["xxe-system.xml", xxe(CAMT_ROOT)]] as const) {
      for (const route of [upload, (form: FormData) => previewRoute(new Request("http://localhost/api/v1/imports/preview", { method: "POST", body: form }))]) {
        const form = formWith("file", name, text);
        form.set("format", "camt");
        const response = await route(form);
        const body = await response.text();
        expect(response.status, `${name}: ${body}`).toBeGreaterThanOrEqual(400);
        expect(response.status, `${name}: ${body}`).toBeLessThan(500);
        expect(body).not.toContain("TOP-SECRET");
        expect(body).not.toContain("lollollol");
      }
    }
    expect(await countsOf(alice.householdId)).toEqual({ batches: 0, transactions: 0, accounts: 0, bills: 0, files: 0 });
  });

  it("e-invoice uploads refuse the same, per file, and keep no bill", async () => {
    const alice = await newHousehold("Alice");
    session.userId = alice.userId;
    fs.writeFileSync(secretFile(), "TOP-SECRET-CONTENT");
    const form = new FormData();
    form.append("files", new File([BILLION_LAUGHS.replace(CAMT_ROOT.slice(0, 20), "<Invoice")], "bomb.xml"));
    form.append("files", new File([xxeWithSubset(UBL_ROOT)], "xxe.xml"));
    form.append("files", new File([xxe(UBL_ROOT)], "xxe-system.xml"));
    const response = await uploadBills(form);
    const text = await response.text();
    expect(text).not.toContain("TOP-SECRET");
    if (response.status === 201) {
      const result = JSON.parse(text) as { created: number; files: { status: string }[] };
      expect(result.created).toBe(0);
      expect(result.files.map((f) => f.status)).toEqual(["failed", "failed", "failed"]);
    } else {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    }
    expect((await countsOf(alice.householdId)).bills).toBe(0);
  });
});

describe("PDF deflate bomb", () => {
  it("a stream inflating past the cap is refused; the upload answers, and reading it does not exhaust memory", async () => {
    const alice = await newHousehold("Alice");
    session.userId = alice.userId;
    const bomb = deflateBombPdf(256);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().rss;
    const response = await uploadBills(formWith("files", "bomb.pdf", bomb));
    const grownMb = (process.memoryUsage().rss - before) / 1024 / 1024;
    expect(response.status).toBeLessThan(500);
    expect(grownMb).toBeLessThan(200);
    const result = (await response.json()) as { created: number; files: { status: string; error: string | null }[] };
    // The bomb stream is refused while reading the text; the (small) file itself is kept as a PDF "to complete".
    expect(result.files.map((f) => f.status)).toEqual(["stored"]);
  });

  it("many streams each under the per-stream cap do not add up to gigabytes", async () => {
    const alice = await newHousehold("Alice");
    session.userId = alice.userId;
    const bomb = deflateBombPdf(60, 12);
    const before = process.memoryUsage().rss;
    const response = await uploadBills(formWith("files", "bombs.pdf", bomb));
    const grownMb = (process.memoryUsage().rss - before) / 1024 / 1024;
    expect(response.status).toBeLessThan(500);
    expect(grownMb).toBeLessThan(400);
  });
});
