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
import * as detect from "../../../app/api/v1/imports/detect/route";
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
function upload(path: string, token: string | null, text: string, target: "new" | "auto" | { accountId: string } = "new", fields: Record<string, string> = {}, fileName = "statement.ofx"): Request {
  const form = new FormData();
  form.set("file", new File([text], fileName));
  form.set("target", target === "auto" ? "auto" : JSON.stringify(target === "new" ? { newAccount: { name: "API", currency: "EUR" } } : target));
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
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

describe("imports API: bad cursors, unknown ids, oversize files, bad files", () => {
  it("refuses a malformed or foreign cursor with 400 naming the cursor, never restarting at page 1", async () => {
    const { readA, writeA } = await setup();
    for (const id of ["c1", "c2", "c3"]) await imports.POST(upload("/imports", writeA, ofx(`CUR-${id}`, [id])));
    const first = await body(await imports.GET(get("/imports?limit=2", readA)));
    const next = await imports.GET(get(`/imports?limit=2&cursor=${first.nextCursor}`, readA));
    expect((await body(next)).data).toHaveLength(1);
    const transactionsCursor = Buffer.from("t|2024-01-05|cmabcdefghijklmnop", "utf8").toString("base64url");
    const truncated = String(first.nextCursor).slice(0, -6);
    const edited = Buffer.from(Buffer.from(String(first.nextCursor), "base64url").toString("utf8").replace(/\|.*/, "|cm0000000000000000000000"), "utf8").toString("base64url");
    const padded = `${first.nextCursor}==`;
    for (const cursor of ["bm90LWEtY3Vyc29y", "!!!", "%25", transactionsCursor, truncated, edited, padded, "x".repeat(301)]) {
      const response = await imports.GET(get(`/imports?limit=2&cursor=${encodeURIComponent(cursor)}`, readA));
      expect(response.status, cursor).toBe(400);
      const { error } = await body(response);
      expect(error.code).toBe("INVALID_INPUT");
      expect(error.fields.map((f: { field: string }) => f.field)).toEqual(["cursor"]);
    }
    // Another household's real cursor names no batch of this one.
    const { writeB, b } = await setup();
    for (const id of ["x1", "x2"]) await imports.POST(upload("/imports", writeB, ofx(`CUR-${id}`, [id])));
    const readB = (await createApiToken(b, { scope: "read" })).token;
    const pageB = await body(await imports.GET(get("/imports?limit=1", readB)));
    expect((await imports.GET(get(`/imports?cursor=${pageB.nextCursor}`, readA))).status).toBe(400);
    expect((await imports.GET(get(`/imports?cursor=${pageB.nextCursor}`, readB))).status).toBe(200);
  });

  it("answers 404 for an unknown import id and for another household's account as the target, writing nothing", async () => {
    const { a, b, readA, writeA, writeB } = await setup();
    await imports.POST(upload("/imports", writeB, ofx("B-1", ["b1"])));
    const [accountB] = await testDb.prisma.account.findMany({ where: { householdId: b.householdId } });
    for (const id of ["cm0000000000000000000000", "../imports", ""]) {
      expect((await oneImport.GET(get(`/imports/${id}`, readA), params(id))).status, id).toBe(404);
      expect((await oneImport.DELETE(get(`/imports/${id}`, writeA, "DELETE"), params(id))).status, id).toBe(404);
    }
    const foreign = { accountId: accountB!.id };
    for (const response of [await imports.POST(upload("/imports", writeA, ofx("B-1", ["a1"]), foreign)), await preview.POST(upload("/imports/preview", writeA, ofx("B-1", ["a1"]), foreign))]) {
      expect(response.status).toBe(404);
      expect((await body(response)).error.code).toBe("NOT_FOUND");
    }
    expect(await counts(a.householdId)).toEqual({ batches: 0, transactions: 0 });
    expect(await counts(b.householdId)).toEqual({ batches: 1, transactions: 1 });
  });

  it("refuses an upload past TIRELIRE_MAX_UPLOAD_MB with one clear 413 on commit, preview and detect, writing nothing", async () => {
    const { a, writeA } = await setup();
    const previous = process.env.TIRELIRE_MAX_UPLOAD_MB;
    process.env.TIRELIRE_MAX_UPLOAD_MB = "0.5";
    try {
      const big = ofx("BIG-1", Array.from({ length: 6000 }, (_, i) => `big${i}`));
      expect(big.length).toBeGreaterThan(0.5 * 1024 * 1024 + 64 * 1024);
      for (const [route, handler] of [["/imports", imports.POST], ["/imports/preview", preview.POST], ["/imports/detect", detect.POST]] as const) {
        const response = await handler(upload(route, writeA, big));
        expect(response.status, route).toBe(413);
        expect(await body(response)).toEqual({ error: { code: "TOO_LARGE", message: "The file is larger than the 0.5 MB upload limit." } });
      }
      expect((await imports.POST(upload("/imports", writeA, ofx("SMALL-1", ["s1"])))).status).toBe(201);
    } finally {
      if (previous === undefined) delete process.env.TIRELIRE_MAX_UPLOAD_MB;
      else process.env.TIRELIRE_MAX_UPLOAD_MB = previous;
    }
    expect(await counts(a.householdId)).toEqual({ batches: 1, transactions: 1 });
  });

  it("answers a bad file with one error naming the line or element, on preview and commit alike, writing nothing", async () => {
    const { a, writeA } = await setup();
    const truncated = ofx("T-1", ["t1", "t2"]).slice(0, 330);
    for (const [route, handler] of [["/imports/preview", preview.POST], ["/imports", imports.POST]] as const) {
      const response = await handler(upload(route, writeA, truncated));
      expect(response.status, route).toBe(422);
      const { error } = await body(response);
      expect(error.code).toBe("PARSE_ERROR");
      expect(error.message).toMatch(/line \d+|<\w+>/i);
      const empty = await body(await handler(upload(route, writeA, "")));
      expect(empty.error.message).toMatch(/empty/i);
    }
    expect(await counts(a.householdId)).toEqual({ batches: 0, transactions: 0 });
  });
});

describe("detect: what the import page needs before a preview", () => {
  // Headerless, a preamble, day-first dates with two-digit years, credit before debit, decimal commas.
  const bankCsv = ["RELEVE DE COMPTE", "Titulaire : M. DUPONT", "", "02/10/26;CB BOULANGERIE;;4,20", "05/10/26;VIREMENT SALAIRE;2 150,00;", "08/10/26;PRLV EDF;;87,45", "09/10/26;CB MONOPRIX;;1 023,99", "11/10/26;MUTUELLE;35,60;"].join("\r\n") + "\r\n";
  const handMade = { name: "Livret", encoding: "utf-8", delimiter: ";", skipRows: 3, hasHeader: false, dateColumn: 0, dateFormat: "dd/mm/yy", labelColumns: [1], amount: { kind: "debitCredit", debit: 3, credit: 2 }, decimalSeparator: ",", invertSign: false };

  it("tells the format from the content, gives a CSV's first records with their lines, and refuses a read token and an empty file", async () => {
    const { readA, writeA } = await setup();
    const ofxAnswer = await body(await detect.POST(upload("/imports/detect", writeA, ofx("D-1", ["d1"]), "auto", {}, "looks-like.csv")));
    expect(ofxAnswer).toMatchObject({ format: "ofx", detection: null, records: [] });
    const csv = await body(await detect.POST(upload("/imports/detect", writeA, bankCsv, "auto", {}, "bank.txt")));
    expect(csv.format).toBe("csv");
    expect(csv.detection).toMatchObject({ delimiter: ";", headers: null, dataStartLine: 4, columnCount: 4 });
    expect(csv.records.slice(0, 3)).toEqual([{ line: 1, cells: ["RELEVE DE COMPTE"] }, { line: 2, cells: ["Titulaire : M. DUPONT"] }, { line: 4, cells: ["02/10/26", "CB BOULANGERIE", "", "4,20"] }]);
    expect(csv.presets.length).toBeGreaterThan(5);
    const forced = await body(await detect.POST(upload("/imports/detect", writeA, bankCsv, "auto", { delimiter: "|" })));
    expect(forced.detection).toMatchObject({ delimiter: "|", profile: null, columnCount: 1 });
    expect((await detect.POST(upload("/imports/detect", readA, bankCsv))).status).toBe(403);
    const empty = await detect.POST(upload("/imports/detect", writeA, ""));
    expect(empty.status).toBe(422);
    expect((await body(empty)).error).toMatchObject({ code: "PARSE_ERROR", message: expect.stringMatching(/empty/) });
  });

  it("keeps a hand-made mapping as a profile of the account on commit, and then says that profile reads the bank's next file", async () => {
    const { a, writeA } = await setup();
    const committed = await imports.POST(upload("/imports", writeA, bankCsv, "new", { csvProfile: JSON.stringify(handMade), format: "csv", saveProfileName: "Livret CSV" }, "bank.csv"));
    expect(committed.status).toBe(201);
    const result = await body(committed);
    expect(result.new).toBe(5);
    const rows = await testDb.prisma.transaction.findMany({ where: { householdId: a.householdId }, orderBy: { date: "asc" }, select: { amountMinor: true } });
    expect(rows.map((r) => r.amountMinor)).toEqual([-420n, 215000n, -8745n, -102399n, 3560n]);

    const next = await body(await detect.POST(upload("/imports/detect", writeA, bankCsv.replace("MUTUELLE", "MUTUELLE NOV"), "auto", {}, "bank-2.csv")));
    expect(next.savedProfiles).toEqual([expect.objectContaining({ name: "Livret CSV", accountId: result.accounts[0].accountId, isMatching: true })]);
    // A profile that cannot be saved does not undo a committed import: it is a warning on it.
    const unsaved = await imports.POST(upload("/imports", writeA, bankCsv.replace("MUTUELLE", "MUTUELLE DEC"), { accountId: result.accounts[0].accountId }, { csvProfile: JSON.stringify(handMade), format: "csv", saveProfileName: "x".repeat(121) }, "bank-3.csv"));
    expect(unsaved.status).toBe(201);
    expect((await body(unsaved)).warnings).toEqual(expect.arrayContaining([{ message: expect.stringMatching(/^The mapping was not saved as a profile/) }]));
    expect(await counts(a.householdId)).toEqual({ batches: 2, transactions: 6 });
    const other = await body(await detect.POST(upload("/imports/detect", writeA, "Date,Label,Amount\n2024-01-05,Coffee,-3.20\n2024-01-06,Tea,-2.10\n", "auto", {}, "other.csv")));
    expect(other.savedProfiles[0].isMatching).toBe(false);
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
    expect(doc.paths["/imports/detect"].post.security).toEqual([{ readWrite: [] }]);
    expect(doc.components.schemas.ImportUpload.properties).toHaveProperty("saveProfileName");
    expect(doc.components.schemas.Error.properties.error.required).toEqual(["code", "message"]);
    expect(doc.components.schemas.Error.properties.error.properties).toHaveProperty("line");
    for (const [path, route] of Object.entries({ "/imports": imports, "/imports/{id}": oneImport, "/imports/preview": preview, "/imports/detect": detect })) {
      const methods = ["GET", "POST", "PATCH", "DELETE"].filter((method) => method in route).map((method) => method.toLowerCase());
      expect(Object.keys(doc.paths[path]).sort(), path).toEqual(methods.sort());
      for (const method of methods) expect(Object.keys(doc.paths[path][method].responses), `${method} ${path}`).toEqual(expect.arrayContaining(["400", "401", "403", "404"]));
    }
    for (const path of ["/imports", "/imports/preview", "/imports/detect"]) expect(doc.paths[path].post.responses).toHaveProperty("413");
    expect(doc.components.schemas.ImportBatch.required).toEqual(expect.arrayContaining(["id", "status", "countNew"]));
    expect(doc.paths["/bills"].get.security).toEqual([{ read: [] }]);
    expect(doc.paths["/bills"].post.security).toEqual([{ konnector: [] }]);
    // Every $ref points at a component that exists.
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.filter((name) => !(name in doc.components.schemas))).toEqual([]);
  });
});
