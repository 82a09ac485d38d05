/**
 * Imports over the REST API: token clients (read / read-write) and the web app's session share the routes.
 * Only the session lookup (next-auth, request headers: they exist only inside a Next request) is replaced.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { useTestDb } from "../../helpers/db";
import { newHousehold, memberOf } from "../app/households";
import { createApiToken } from "../../../lib/auth/api-tokens";
import * as imports from "../../../app/api/v1/imports/route";
import * as oneImport from "../../../app/api/v1/imports/[id]/route";
import * as preview from "../../../app/api/v1/imports/preview/route";
import * as openapi from "../../../app/api/v1/openapi.json/route";

const request = vi.hoisted(() => ({ userId: null as string | null, headers: new Headers() }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => (request.userId ? { userId: request.userId } : null),
}));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => request.headers }));

const testDb = useTestDb();
const BASE = "http://tirelire.test/api/v1";

beforeEach(() => {
  request.userId = null;
  request.headers = new Headers({ host: "tirelire.test" });
});

function ofx(accountId: string, fitIds: string[]): string {
  const rows = fitIds.map((id, i) => `<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>2024010${i + 1}<TRNAMT>-1${i}.50<FITID>${id}<NAME>SHOP ${id}</STMTTRN>`).join("\n");
  return `OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nCHARSET:1252\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR\n<BANKACCTFROM><BANKID>30004<ACCTID>${accountId}<ACCTTYPE>CHECKING</BANKACCTFROM>\n<BANKTRANLIST><DTSTART>20240101<DTEND>20240131\n${rows}\n</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n`;
}

/** The first file of an account creates it; later ones (target "auto") find it by its bank ids. */
function upload(path: string, token: string | null, text: string, target: "new" | "auto" = "new"): Request {
  const form = new FormData();
  form.set("file", new File([text], "statement.ofx"));
  form.set("target", target === "auto" ? "auto" : JSON.stringify({ newAccount: { name: "API", currency: "EUR" } }));
  return new Request(`${BASE}${path}`, { method: "POST", headers: token ? { authorization: `Bearer ${token}` } : {}, body: form });
}
const get = (path: string, token: string | null, method = "GET") => new Request(`${BASE}${path}`, { method, headers: token ? { authorization: `Bearer ${token}` } : {} });
const params = (id: string) => ({ params: Promise.resolve({ id }) });
async function body(response: Response): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  return response.json();
}

async function setup() {
  const a = await newHousehold("A"), b = await newHousehold("B");
  const token = async (ctx: typeof a, scope: "read" | "read-write") => (await createApiToken(ctx, { scope })).token;
  return { a, b, readA: await token(a, "read"), writeA: await token(a, "read-write"), writeB: await token(b, "read-write"), billsA: (await createApiToken(a, { scope: "bills", konnector: "acme" })).token };
}

const counts = async (householdId: string) => ({
  batches: await testDb.prisma.importBatch.count({ where: { householdId } }),
  transactions: await testDb.prisma.transaction.count({ where: { householdId, deletedAt: null } }),
});

describe("imports with personal access tokens", () => {
  it("answers 401 without a token or session, 403 to read and bills tokens on writes; nothing is written", async () => {
    const { a, readA, billsA } = await setup();
    for (const response of [await imports.GET(get("/imports", null)), await imports.POST(upload("/imports", null, ofx("X", ["1"]))), await preview.POST(upload("/imports/preview", null, ofx("X", ["1"])))]) {
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect((await body(response)).error.code).toBe("UNAUTHENTICATED");
    }
    expect((await imports.GET(get("/imports", "tlr_not-a-real-token"))).status).toBe(401);
    expect((await imports.POST(upload("/imports", readA, ofx("X", ["1"])))).status).toBe(403);
    expect((await imports.GET(get("/imports", billsA))).status).toBe(403);
    expect((await imports.POST(upload("/imports", billsA, ofx("X", ["1"])))).status).toBe(403);
    expect(await counts(a.householdId)).toEqual({ batches: 0, transactions: 0 });
  });

  it("previews and commits with a read-write token exactly once (a read token may do neither), and pages the history", async () => {
    const { a, readA, writeA } = await setup();
    expect((await preview.POST(upload("/imports/preview", readA, ofx("ACC-1", ["p1", "p2"])))).status).toBe(403);
    const previewed = await preview.POST(upload("/imports/preview", writeA, ofx("ACC-1", ["p1", "p2"])));
    expect(previewed.status).toBe(200);
    expect((await body(previewed)).rows).toHaveLength(2);
    expect(await counts(a.householdId)).toEqual({ batches: 0, transactions: 0 });

    const first = await imports.POST(upload("/imports", writeA, ofx("ACC-1", ["t1", "t2"])));
    expect(first.status).toBe(201);
    const again = await imports.POST(upload("/imports", writeA, ofx("ACC-1", ["t1", "t2"]), "auto"));
    expect(again.status).toBe(201);
    await imports.POST(upload("/imports", writeA, ofx("ACC-1", ["t3"]), "auto"));
    expect((await counts(a.householdId)).transactions).toBe(3);

    const page1 = await body(await imports.GET(get("/imports?limit=2", readA)));
    expect(page1.data).toHaveLength(2);
    expect(page1.nextCursor).toEqual(expect.any(String));
    expect(page1.data[0]).toMatchObject({ fileName: "statement.ofx", format: "ofx", status: "committed", createdAt: expect.any(String) });
    const page2 = await body(await imports.GET(get(`/imports?limit=2&cursor=${page1.nextCursor}`, readA)));
    expect(page2).toMatchObject({ nextCursor: null });
    expect([...page1.data, ...page2.data].map((x: { id: string }) => x.id)).toHaveLength(new Set([...page1.data, ...page2.data].map((x: { id: string }) => x.id)).size);
    expect(page1.data.length + page2.data.length).toBe(3);

    for (const bad of ["limit=0", "limit=501", "cursor=bm90LWEtY3Vyc29y"]) {
      const response = await imports.GET(get(`/imports?${bad}`, readA));
      expect(response.status).toBe(400);
      expect((await body(response)).error.code).toBe("INVALID_INPUT");
    }
  });

  it("reads and undoes one import of its own household; another household's id is 404 and stays untouched", async () => {
    const { a, b, readA, writeA, writeB } = await setup();
    const created = await body(await imports.POST(upload("/imports", writeA, ofx("ACC-2", ["u1", "u2"]))));
    const [batch] = await testDb.prisma.importBatch.findMany({ where: { householdId: a.householdId } });
    expect(batch).toBeDefined();
    expect(JSON.stringify(created)).toContain(batch!.id);

    const found = await oneImport.GET(get(`/imports/${batch!.id}`, readA), params(batch!.id));
    expect(await body(found)).toMatchObject({ id: batch!.id, countNew: 2, undoneAt: null });
    expect((await oneImport.GET(get(`/imports/${batch!.id}`, writeB), params(batch!.id))).status).toBe(404);
    expect((await oneImport.DELETE(get(`/imports/${batch!.id}`, writeB, "DELETE"), params(batch!.id))).status).toBe(404);
    expect((await oneImport.GET(get("/imports/nope", readA), params("nope"))).status).toBe(404);
    expect((await oneImport.DELETE(get(`/imports/${batch!.id}`, readA, "DELETE"), params(batch!.id))).status).toBe(403);
    expect(await counts(a.householdId)).toEqual({ batches: 1, transactions: 2 });
    expect(await counts(b.householdId)).toEqual({ batches: 0, transactions: 0 });

    const undone = await oneImport.DELETE(get(`/imports/${batch!.id}`, writeA, "DELETE"), params(batch!.id));
    expect(await body(undone)).toMatchObject({ id: batch!.id, status: "undone", undoneAt: expect.any(String) });
    expect((await counts(a.householdId)).transactions).toBe(0);
    expect((await oneImport.DELETE(get(`/imports/${batch!.id}`, writeA, "DELETE"), params(batch!.id))).status).toBe(409);
  });
});

describe("imports with the web app's session", () => {
  it("serves the signed-in household, refuses a viewer's upload before reading it, and refuses a cross-site request", async () => {
    const { a } = await setup();
    const viewer = await memberOf(a, "viewer");
    request.userId = a.userId;
    expect((await imports.POST(upload("/imports", null, ofx("S-1", ["s1"])))).status).toBe(201);
    expect((await body(await imports.GET(get("/imports", null)))).data).toHaveLength(1);

    request.headers = new Headers({ host: "tirelire.test", origin: "https://evil.example" });
    const forged = await imports.POST(upload("/imports", null, ofx("S-1", ["s2"]), "auto"));
    expect(forged.status).toBe(403);
    request.headers = new Headers({ host: "tirelire.test", origin: "http://tirelire.test" });
    expect((await imports.GET(get("/imports", null))).status).toBe(200);

    request.userId = viewer.userId;
    expect((await imports.POST(upload("/imports", null, ofx("S-1", ["s3"]), "auto"))).status).toBe(403);
    expect((await imports.GET(get("/imports", null))).status).toBe(200);
    expect(await counts(a.householdId)).toEqual({ batches: 1, transactions: 1 });
  });
});

describe("OpenAPI document", () => {
  it("describes the import routes with their scopes and the upload as multipart", async () => {
    const doc = await openapi.GET().json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/imports", "/imports/{id}", "/imports/preview"]));
    expect(doc.paths["/imports"].post.security).toEqual([{ readWrite: [] }]);
    expect(doc.paths["/imports"].get.responses["200"].content["application/json"].schema.properties.data.items).toEqual({ $ref: "#/components/schemas/ImportBatch" });
    expect(doc.paths["/imports"].post.requestBody.content["multipart/form-data"]).toBeDefined();
    expect(doc.components.schemas.ImportBatch.required).toEqual(expect.arrayContaining(["id", "status", "countNew"]));
    expect(doc.paths["/bills"].get.security).toEqual([{ read: [] }]);
    expect(doc.paths["/bills"].post.security).toEqual([{ konnector: [] }]);
    // Every $ref points at a component that exists.
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.filter((name) => !(name in doc.components.schemas))).toEqual([]);
  });
});
