/**
 * API tokens reach only what their scope allows, revoked and expired ones are refused, and neither tokens nor
 * connection secrets (GoCardless keys, SimpleFIN access URL credentials) ever appear in a response, an error,
 * a stored error, a payload the pages receive, or the log. Only the session lookup (next-auth, request cookies:
 * they exist only inside a Next request) is replaced; routes, guard, crypto and sync are the real ones.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useTestDb } from "../../helpers/db";
import { newHousehold } from "../app/households";
import { createApiToken, revokeApiToken, verifyApiToken } from "../../../lib/auth/api-tokens";
import { createConnection, getConnection, listConnections, startAuthorization } from "../../../lib/connections";
import { sealSecrets } from "../../../lib/connections/store";
import { syncConnection } from "../../../lib/sync/run";
import { listSyncRuns } from "../../../lib/sync/runs";
import { POST as pushBills } from "../../../app/api/v1/bills/route";
import { GET as listImportsRoute, POST as importRoute } from "../../../app/api/v1/imports/route";
import { GET as billFileRoute } from "../../../app/api/bills/[billId]/file/route";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => (session.userId ? { userId: session.userId } : null),
}));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const testDb = useTestDb();
const code = (promise: Promise<unknown>) => promise.then(() => "OK", (error: { code?: string }) => error.code ?? String(error));
const bill = { vendor: "Free", vendorRef: "F-1", amount: "34.90", currency: "EUR", date: "2024-03-02" };

function push(token: string): Promise<Response> {
  return pushBills(new Request("http://localhost/api/v1/bills", { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify({ bills: [bill] }) }));
}

/** Everything written to the console while `run` runs. */
async function captureLog(run: () => Promise<unknown>): Promise<string> {
  const lines: string[] = [];
  const spies = (["log", "info", "warn", "error", "debug"] as const).map((level) =>
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      lines.push(args.map((a) => (a instanceof Error ? `${a.message} ${a.stack ?? ""} ${JSON.stringify(a)}` : typeof a === "string" ? a : JSON.stringify(a, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v)))).join(" "));
    }));
  try {
    await run().catch(() => undefined);
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return lines.join("\n");
}

beforeEach(() => {
  session.userId = null;
});
afterEach(() => vi.restoreAllMocks());

describe("API token scopes", () => {
  it("a bills token writes bills only: the import routes refuse it (403), the session-only file route ignores it (401)", async () => {
    const alice = await newHousehold("Alice");
    const { token } = await createApiToken(alice, { scope: "bills", konnector: "free" });
    const bearer = { authorization: `Bearer ${token}` };

    const list = await listImportsRoute(new Request("http://localhost/api/v1/imports", { headers: bearer }));
    expect(list.status).toBe(403);
    const form = new FormData();
    form.set("file", new File(["!Type:Bank\nD01/02/2024\nT-5.00\nPx\n^\n"], "x.qif"));
    const upload = await importRoute(new Request("http://localhost/api/v1/imports", { method: "POST", headers: bearer, body: form }));
    expect(upload.status).toBe(403);
    const file = await billFileRoute(new Request("http://localhost/api/bills/x/file", { headers: bearer }), { params: Promise.resolve({ billId: "x" }) });
    expect(file.status).toBe(401);
    expect(await testDb.prisma.importBatch.count({ where: { householdId: alice.householdId } })).toBe(0);

    expect(await code(verifyApiToken(`Bearer ${token}`, "read"))).toBe("FORBIDDEN");
    expect(await code(verifyApiToken(`Bearer ${token}`, "write"))).toBe("FORBIDDEN");
    expect((await push(token)).status).toBe(200);
  });

  it("read and read-write tokens cannot push bills; nothing is written", async () => {
    const alice = await newHousehold("Alice");
    for (const scope of ["read", "read-write"] as const) {
      const { token } = await createApiToken(alice, { scope });
      const response = await push(token);
      expect(response.status).toBe(403);
      expect(await response.text()).not.toContain(token);
    }
    expect(await testDb.prisma.bill.count({ where: { householdId: alice.householdId } })).toBe(0);
  });

  it("revoked, expired, unknown and malformed tokens get the same 401, which never echoes the token", async () => {
    const alice = await newHousehold("Alice");
    const revoked = await createApiToken(alice, { konnector: "free" });
    await revokeApiToken(alice, revoked.id);
    const expired = await createApiToken(alice, { konnector: "free", expiresInDays: 1 });
    await testDb.prisma.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const candidates = [revoked.token, expired.token, `${revoked.token.slice(0, -2)}xx`, "tlr_", "not-a-token", `tlr_${"a".repeat(300)}`];
    const bodies: string[] = [];
    for (const token of candidates) {
      const response = await push(token);
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toContain("Bearer");
      bodies.push(await response.text());
    }
    expect(new Set(bodies).size).toBe(1);
    for (const token of candidates) expect(bodies[0]).not.toContain(token);
    expect(await testDb.prisma.bill.count({ where: { householdId: alice.householdId } })).toBe(0);
  });
});

describe("connection secrets", () => {
  it("are sealed at rest and absent from every view the pages receive, even after a provider failure", async () => {
    const alice = await newHousehold("Alice");
    const secretId = "gc-secret-id-5f1c0a9e";
    const secretKey = "gc-secret-key-a7c3e2d190b4";
    let connectionId = "";
    const log = await captureLog(async () => {
      const created = await createConnection(alice, { provider: "gocardless", secrets: { secretId, secretKey }, settings: { baseUrl: "http://127.0.0.1:9", country: "FR" } });
      connectionId = created.id;
      // Port 9 (discard) refuses: the provider is down; the failure is recorded on the connection.
      const error = await startAuthorization(alice, created.id, { redirectUrl: "http://localhost/api/connections/callback", institutionId: "BANK_X" }).catch((e: unknown) => e);
      expect(String((error as Error).message)).not.toContain(secretKey);
      expect(JSON.stringify(error)).not.toContain(secretKey);
    });
    const row = await testDb.prisma.connection.findUniqueOrThrow({ where: { id: connectionId } });
    for (const secret of [secretId, secretKey]) {
      expect(row.secrets).not.toContain(secret);
      expect(JSON.stringify(row.settings)).not.toContain(secret);
      expect(JSON.stringify(await listConnections(alice), (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))).not.toContain(secret);
      expect(JSON.stringify(await getConnection(alice, connectionId), (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))).not.toContain(secret);
      expect(log).not.toContain(secret);
    }
    expect((await getConnection(alice, connectionId)).lastErrorCode).toBe("PROVIDER_DOWN");
  });

  it("a SimpleFIN access URL's credentials never reach the stored run error, the connection view or the log", async () => {
    const alice = await newHousehold("Alice");
    const password = "sfin-pass-93f0d1c2e8";
    const created = await createConnection(alice, { provider: "simplefin", secrets: { setupToken: Buffer.from("http://127.0.0.1:9/claim").toString("base64") } });
    // As if claimed: the access URL (credentials in its user-info) is what the connection keeps.
    await testDb.prisma.connection.update({
      where: { id: created.id },
      data: { status: "active", secrets: sealSecrets({ accessUrl: `http://sfuser:${password}@127.0.0.1:9/simplefin` }), settings: JSON.stringify({ isMapped: "1" }) },
    });
    let thrown: unknown = null;
    const log = await captureLog(async () => {
      thrown = await syncConnection(alice, created.id).catch((e: unknown) => e);
    });
    const stored = JSON.stringify(await testDb.prisma.syncRun.findMany({ where: { connectionId: created.id } }));
    const runs = JSON.stringify(await listSyncRuns(alice, created.id));
    const view = JSON.stringify(await getConnection(alice, created.id), (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v));
    for (const text of [stored, runs, view, log, String((thrown as Error | null)?.message ?? ""), JSON.stringify(thrown)]) {
      expect(text).not.toContain(password);
      expect(text).not.toContain("sfuser");
    }
    expect(stored).toContain("PROVIDER_DOWN");
  });
});
