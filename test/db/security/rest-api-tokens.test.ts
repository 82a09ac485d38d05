/**
 * The REST API v1 (personal access tokens) against the security bar: a konnector (bills) token reaches none of it,
 * a read token writes nothing, a revoked token is refused, and another household's token gets 404 on Alice's ids
 * with nothing changed. Real route handlers and Requests, no session.
 */
import { describe, expect, it, vi } from "vitest";
import { useTestDb } from "../../helpers/db";
import { newHousehold } from "../app/households";
import { createApiToken, revokeApiToken } from "../../../lib/auth/api-tokens";
import { createAccount } from "../../../lib/accounts/accounts";
import { createManualTransaction } from "../../../lib/transactions/manual";
import { createCustomCategory } from "../../../lib/categorizer/categories";
import { saveRule } from "../../../lib/categorizer/store";
import * as accounts from "../../../app/api/v1/accounts/route";
import * as account from "../../../app/api/v1/accounts/[id]/route";
import * as transactions from "../../../app/api/v1/transactions/route";
import * as transaction from "../../../app/api/v1/transactions/[id]/route";
import * as categories from "../../../app/api/v1/categories/route";
import * as category from "../../../app/api/v1/categories/[id]/route";
import * as rules from "../../../app/api/v1/rules/route";
import * as rule from "../../../app/api/v1/rules/[id]/route";
import * as exportRoute from "../../../app/api/v1/export/route";

// /api/v1/export is session-authenticated: with no session (as here), a bearer token alone must get 401.
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<typeof import("next-auth")>()), getServerSession: async () => null }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const testDb = useTestDb();
const isSessionOnly = (name: string) => name === "export";

type Handler = (request: Request, route?: { params: Promise<Record<string, string>> }) => Promise<Response>;
const modules: Record<string, Record<string, unknown>> = { accounts, account, transactions, transaction, categories, category, rules, rule, export: exportRoute };
const isWrite = (method: string) => method !== "GET";

function call(name: string, method: string, token: string, id?: string, body?: unknown): Promise<Response> {
  const handler = modules[name]![method] as Handler;
  const init: RequestInit = { method, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" } };
  if (isWrite(method)) init.body = JSON.stringify(body ?? {});
  return handler(new Request(`http://localhost/api/v1/${name}${id ? `/${id}` : ""}`, init), id ? { params: Promise.resolve({ id }) } : undefined);
}

const endpoints = () =>
  Object.entries(modules).flatMap(([name, mod]) => Object.keys(mod).filter((k) => ["GET", "POST", "PATCH", "DELETE"].includes(k)).map((method) => ({ name, method, hasId: !["accounts", "transactions", "categories", "rules", "export"].includes(name) })));

async function aliceWorld() {
  const alice = await newHousehold("Alice");
  const acc = await createAccount(alice, { name: "Alice main", type: "checking", currency: "EUR" });
  const tx = await createManualTransaction(alice, acc.id, { date: "2024-01-05", amount: "-12.30", label: "Bakery" });
  const cat = await createCustomCategory(alice, { parentId: "400100", nameEn: "Bakery", nameFr: "Boulangerie" });
  const ruleId = await saveRule(alice, { name: "Gosselin", conditions: [{ field: "label", op: "contains", value: "gosselin" }], actions: [{ type: "setCategory", categoryId: cat }] });
  const ids: Record<string, string> = { account: acc.id, transaction: tx.id, category: cat, rule: ruleId };
  return { alice, ids };
}

async function snapshot(householdId: string): Promise<string> {
  const p = testDb.prisma;
  const rows = await Promise.all([p.account.findMany({ where: { householdId } }), p.transaction.findMany({ where: { householdId } }), p.category.findMany({ where: { householdId } }), p.rule.findMany({ where: { householdId } })]);
  return JSON.stringify(rows, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v));
}

describe("REST API v1 and token scopes", () => {
  it("a bills token is refused everywhere (403), a revoked token everywhere (401), a read token on every write (403)", async () => {
    const { alice, ids } = await aliceWorld();
    const bills = await createApiToken(alice, { konnector: "free" });
    const read = await createApiToken(alice, { scope: "read" });
    const revoked = await createApiToken(alice, { scope: "read-write" });
    await revokeApiToken(alice, revoked.id);
    const before = await snapshot(alice.householdId);
    const seen: string[] = [];
    for (const { name, method, hasId } of endpoints()) {
      const id = hasId ? ids[name] : undefined;
      seen.push(`${method} ${name}`);
      expect((await call(name, method, bills.token, id)).status, `bills ${method} ${name}`).toBe(isSessionOnly(name) ? 401 : 403);
      expect((await call(name, method, revoked.token, id)).status, `revoked ${method} ${name}`).toBe(401);
      if (isWrite(method)) expect((await call(name, method, read.token, id)).status, `read ${method} ${name}`).toBe(403);
      if (isSessionOnly(name)) expect((await call(name, method, read.token, id)).status, `read ${method} ${name}`).toBe(401);
    }
    expect(seen.length).toBeGreaterThanOrEqual(15);
    expect(await snapshot(alice.householdId)).toBe(before);
  });

  it("another household's read-write token gets 404 on every one of Alice's ids, and nothing changes", async () => {
    const { alice, ids } = await aliceWorld();
    const bob = await newHousehold("Bob");
    const { token } = await createApiToken(bob, { scope: "read-write" });
    const before = await snapshot(alice.householdId);
    const bodies: Record<string, unknown> = { account: { name: "Stolen" }, transaction: { label: "Changed", amount: "-99.00" }, category: { nameEn: "Mine" }, rule: { name: "Hijack" } };
    for (const { name, method, hasId } of endpoints()) {
      if (!hasId) continue;
      const response = await call(name, method, token, ids[name], bodies[name]);
      expect(response.status, `${method} ${name}: ${await response.clone().text()}`).toBe(404);
    }
    expect(await snapshot(alice.householdId)).toBe(before);
  });
});
