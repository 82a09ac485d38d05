import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { operatorContext } from "../../../lib/auth/guard";
import { createApiToken } from "../../../lib/auth/api-tokens";
import * as accounts from "../../../app/api/v1/accounts/route";
import * as account from "../../../app/api/v1/accounts/[id]/route";
import * as transactions from "../../../app/api/v1/transactions/route";
import * as transaction from "../../../app/api/v1/transactions/[id]/route";
import * as categories from "../../../app/api/v1/categories/route";
import * as rules from "../../../app/api/v1/rules/route";
import * as rule from "../../../app/api/v1/rules/[id]/route";
import * as openapi from "../../../app/api/v1/openapi.json/route";

const testDb = useTestDb();
const BASE = "http://tirelire.test/api/v1";

interface Tokens { read: string; write: string; konnector: string }
let tokensA: Tokens;
let tokensB: Tokens;
let accountA = "";
let accountB = "";
let transactionB = "";

function request(path: string, token: string | null, init: { method?: string; body?: unknown } = {}): Request {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  return new Request(`${BASE}${path}`, { method: init.method ?? "GET", headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
}
const route = (id: string) => ({ params: Promise.resolve({ id }) });
async function json(response: Response): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  return response.status === 204 ? null : response.json();
}

async function household(name: string): Promise<{ id: string; tokens: Tokens }> {
  const h = await testDb.prisma.household.create({ data: { name } });
  const ctx = operatorContext(h.id);
  return {
    id: h.id,
    tokens: {
      read: (await createApiToken(ctx, { scope: "read" })).token,
      write: (await createApiToken(ctx, { scope: "read-write" })).token,
      konnector: (await createApiToken(ctx, { scope: "bills", konnector: "acme" })).token,
    },
  };
}

beforeAll(async () => {
  const a = await household("A");
  const b = await household("B");
  tokensA = a.tokens;
  tokensB = b.tokens;
  accountA = (await json(await accounts.POST(request("/accounts", tokensA.write, { method: "POST", body: { name: "A checking", type: "checking", currency: "EUR", openingBalance: "100.00" } })))).id;
  accountB = (await json(await accounts.POST(request("/accounts", tokensB.write, { method: "POST", body: { name: "B checking", type: "checking", currency: "EUR" } })))).id;
  const rows = Array.from({ length: 25 }, (_, i) => ({ householdId: a.id, accountId: accountA, date: `2026-01-${String((i % 5) + 1).padStart(2, "0")}`, amountMinor: BigInt(-(i + 1) * 100), currency: "EUR", rawLabel: `SHOP ${i}`, label: `Shop ${i}` }));
  await testDb.prisma.transaction.createMany({ data: rows });
  transactionB = (await json(await transactions.POST(request("/transactions", tokensB.write, { method: "POST", body: { accountId: accountB, date: "2026-02-01", amount: "-9.99", label: "B's coffee" } })))).id;
});

describe("REST API v1", () => {
  it("requires a token, with one error body shape", async () => {
    for (const response of [await accounts.GET(request("/accounts", null)), await transactions.GET(request("/transactions", "tlr_not-a-real-token"))]) {
      expect(response.status).toBe(401);
      expect(await json(response)).toEqual({ error: { code: "UNAUTHENTICATED", message: expect.any(String), fields: [] } });
    }
  });

  it("enforces scopes: a read token cannot write, a konnector token cannot read transactions", async () => {
    const denied = await accounts.POST(request("/accounts", tokensA.read, { method: "POST", body: { name: "Nope", type: "cash", currency: "EUR" } }));
    expect(denied.status).toBe(403);
    expect((await json(denied)).error.code).toBe("FORBIDDEN");
    expect(await testDb.prisma.account.count({ where: { name: "Nope" } })).toBe(0);
    expect((await transactions.GET(request("/transactions", tokensA.konnector))).status).toBe(403);
    expect((await transactions.GET(request("/transactions", tokensA.read))).status).toBe(200);
  });

  it("pages transactions by keyset: stable when rows are added meanwhile, every row once, newest first", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await transactions.GET(request(`/transactions?accountId=${accountA}&limit=10${cursor ? `&cursor=${cursor}` : ""}`, tokensA.read));
      const body = await json(response);
      seen.push(...body.data.map((t: { id: string }) => t.id));
      cursor = body.nextCursor;
      if (++pages === 1) {
        // A newer row arriving between pages must not shift or repeat what follows.
        await transactions.POST(request("/transactions", tokensA.write, { method: "POST", body: { accountId: accountA, date: "2026-03-01", amount: "-1.00", label: "Late arrival" } }));
      }
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
    const filtered = await json(await transactions.GET(request(`/transactions?from=2026-01-05&to=2026-01-05&search=shop`, tokensA.read)));
    expect(filtered.data).toHaveLength(5);
    expect(filtered.data.every((t: { date: string; amount: string }) => t.date === "2026-01-05" && /^-\d+\.\d{2}$/.test(t.amount))).toBe(true);
    const bad = await transactions.GET(request(`/transactions?cursor=garbage&limit=9999`, tokensA.read));
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.fields.length).toBeGreaterThan(0);
  });

  it("answers 404 for another household's ids, on reads and writes alike, and changes nothing", async () => {
    expect((await account.GET(request(`/accounts/${accountB}`, tokensA.read), route(accountB))).status).toBe(404);
    expect((await account.PATCH(request(`/accounts/${accountB}`, tokensA.write, { method: "PATCH", body: { name: "Stolen" } }), route(accountB))).status).toBe(404);
    expect((await transaction.GET(request(`/transactions/${transactionB}`, tokensA.read), route(transactionB))).status).toBe(404);
    expect((await transaction.DELETE(request(`/transactions/${transactionB}`, tokensA.write, { method: "DELETE" }), route(transactionB))).status).toBe(404);
    const posted = await transactions.POST(request("/transactions", tokensA.write, { method: "POST", body: { accountId: accountB, date: "2026-02-02", amount: "-1", label: "into B" } }));
    expect(posted.status).toBe(404);
    const b = await json(await transaction.GET(request(`/transactions/${transactionB}`, tokensB.read), route(transactionB)));
    expect(b).toMatchObject({ label: "B's coffee", amount: "-9.99" });
    expect((await json(await account.GET(request(`/accounts/${accountB}`, tokensB.read), route(accountB)))).name).toBe("B checking");
  });

  it("creates, patches and deletes with exact amounts and field errors", async () => {
    const created = await transactions.POST(request("/transactions", tokensA.write, { method: "POST", body: { accountId: accountA, date: "2026-04-01", amount: "-12.30", label: "Bakery", categoryId: "400110" } }));
    expect(created.status).toBe(201);
    const tx = await json(created);
    expect(tx).toMatchObject({ amount: "-12.30", categoryId: "400110", categorySource: "manual" });
    const patched = await json(await transaction.PATCH(request(`/transactions/${tx.id}`, tokensA.write, { method: "PATCH", body: { amount: "-12.35" } }), route(tx.id)));
    expect(patched).toMatchObject({ amount: "-12.35", label: "Bakery", date: "2026-04-01" });
    const invalid = await transactions.POST(request("/transactions", tokensA.write, { method: "POST", body: { accountId: accountA, date: "2026-13-01", amount: "abc", label: "" } }));
    expect(invalid.status).toBe(400);
    expect((await json(invalid)).error.fields.map((f: { field: string }) => f.field).sort()).toEqual(["amount", "date", "label"]);
    expect((await transaction.DELETE(request(`/transactions/${tx.id}`, tokensA.write, { method: "DELETE" }), route(tx.id))).status).toBe(204);
    expect((await transaction.GET(request(`/transactions/${tx.id}`, tokensA.read), route(tx.id))).status).toBe(404);
    const closed = await json(await account.PATCH(request(`/accounts/${accountA}`, tokensA.write, { method: "PATCH", body: { name: "Main", closed: true } }), route(accountA)));
    expect(closed).toMatchObject({ name: "Main", closed: true, openingBalance: "100.00" });
    expect((await account.DELETE(request(`/accounts/${accountA}`, tokensA.write, { method: "DELETE" }), route(accountA))).status).toBe(409);
  });

  it("serves categories and rules of the token's household", async () => {
    const tree = await json(await categories.GET(request("/categories", tokensA.read)));
    expect(tree.data.find((c: { id: string }) => c.id === "400110")).toMatchObject({ isBuiltIn: true });
    const createdRule = await rules.POST(request("/rules", tokensA.write, { method: "POST", body: { name: "Bakery", conditions: [{ field: "label", op: "contains", value: "bakery" }], actions: [{ type: "setCategory", categoryId: "400110" }] } }));
    const ruleBody = await json(createdRule);
    expect(createdRule.status, JSON.stringify(ruleBody)).toBe(201);
    expect((await rule.GET(request(`/rules/${ruleBody.id}`, tokensB.read), route(ruleBody.id))).status).toBe(404);
    expect((await json(await rules.GET(request("/rules", tokensB.read)))).data).toHaveLength(0);
    expect((await rule.DELETE(request(`/rules/${ruleBody.id}`, tokensA.write, { method: "DELETE" }), route(ruleBody.id))).status).toBe(204);
  });

  it("describes itself in an OpenAPI document generated from the zod schemas", async () => {
    const doc = await json(openapi.GET());
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/accounts", "/transactions/{id}", "/rules"]));
    expect(doc.paths["/transactions"].post.requestBody.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/TransactionCreate" });
    const created = doc.components.schemas.TransactionCreate;
    expect(created.required).toEqual(expect.arrayContaining(["accountId", "date", "amount", "label"]));
    expect(created.properties.amount.pattern).toBe("^-?\\d+(\\.\\d+)?$");
  });
});

describe("bills and imports for token clients (lib/api/bills-imports, lib/api/imports)", () => {
  it("lists only the token household's bills and import history", async () => {
    const { listApiBills, getApiBill } = await import("../../../lib/api/bills-imports");
    const { listApiImports } = await import("../../../lib/api/imports");
    const { verifyApiToken } = await import("../../../lib/auth/api-tokens");
    const a = (await verifyApiToken(`Bearer ${tokensA.read}`, "read")).ctx;
    const b = (await verifyApiToken(`Bearer ${tokensB.read}`, "read")).ctx;
    const bill = await testDb.prisma.bill.create({ data: { householdId: a.householdId, konnector: "acme", vendor: "ACME", identity: "acme:1", amountMinor: 4_200n, currency: "EUR", date: "2026-01-10" } });
    expect((await listApiBills(a, new URLSearchParams("limit=10"))).data.map((x: { id: string }) => x.id)).toEqual([bill.id]);
    expect((await listApiBills(b, new URLSearchParams())).data).toEqual([]);
    await expect(getApiBill(b, bill.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listApiImports(b, new URLSearchParams())).toMatchObject({ nextCursor: null });
  });
});
