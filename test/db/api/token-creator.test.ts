/**
 * A personal access token made by a member grants no more than that member still has: removed from the household,
 * their token answers 401 on every route (read, write, bills push); demoted to viewer, it reads but writes nothing.
 * Tokens made with the operator's CLI (no user) are unaffected.
 */
import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { memberOf, newHousehold } from "../app/households";
import { createApiToken, verifyApiToken } from "../../../lib/auth/api-tokens";
import { operatorContext } from "../../../lib/auth/guard";
import { changeMemberRole, removeMember } from "../../../lib/households/members";
import * as transactionsRoute from "../../../app/api/v1/transactions/route";
import * as accountsRoute from "../../../app/api/v1/accounts/route";
import * as billsRoute from "../../../app/api/v1/bills/route";

useTestDb();

const get = (path: string, token: string) => new Request(`http://tirelire.test/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
const post = (path: string, token: string, body: unknown) =>
  new Request(`http://tirelire.test/api/v1${path}`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(body) });
const ACCOUNT = { name: "Joint", type: "checking", currency: "EUR" };
const BILL = { bills: [{ vendor: "EDF", vendorRef: "INV-1", amount: "10.00", currency: "EUR", date: "2026-01-10" }] };

describe("API tokens follow their creator's membership", () => {
  it("a removed co-owner's tokens stop at once (401), the household's other tokens keep working", async () => {
    const owner = await newHousehold("Tokens");
    const coOwner = await memberOf(owner, "owner");
    const leaving = { read: (await createApiToken(coOwner, { scope: "read" })).token, write: (await createApiToken(coOwner, { scope: "read-write" })).token,
      bills: (await createApiToken(coOwner, { scope: "bills", konnector: "edf" })).token };
    const staying = (await createApiToken(owner, { scope: "read-write" })).token;
    const operator = (await createApiToken(operatorContext(owner.householdId), { scope: "read" })).token;
    expect((await transactionsRoute.GET(get("/transactions", leaving.read))).status).toBe(200);

    await removeMember(owner, coOwner.membershipId);
    expect((await transactionsRoute.GET(get("/transactions", leaving.read))).status).toBe(401);
    expect((await accountsRoute.POST(post("/accounts", leaving.write, ACCOUNT))).status).toBe(401);
    expect((await billsRoute.POST(post("/bills", leaving.bills, BILL))).status).toBe(401);
    expect((await billsRoute.GET(get("/bills", leaving.write))).status).toBe(401);
    expect((await transactionsRoute.GET(get("/transactions", staying))).status).toBe(200);
    expect((await transactionsRoute.GET(get("/transactions", operator))).status).toBe(200);
    expect((await accountsRoute.POST(post("/accounts", staying, ACCOUNT))).status).toBe(201);
  });

  it("a creator demoted to viewer keeps reading through their token but can no longer write", async () => {
    const owner = await newHousehold("Demoted");
    const coOwner = await memberOf(owner, "owner");
    const write = (await createApiToken(coOwner, { scope: "read-write" })).token;
    await changeMemberRole(owner, coOwner.membershipId, "viewer");
    expect((await transactionsRoute.GET(get("/transactions", write))).status).toBe(200);
    const refused = await accountsRoute.POST(post("/accounts", write, ACCOUNT));
    expect(refused.status).toBe(403);
    expect((await accountsRoute.GET(get("/accounts", write)).then((r) => r.json()) as { data: unknown[] }).data).toHaveLength(0);
    // What a read handler is handed is read-only too.
    expect((await verifyApiToken(`Bearer ${write}`, "read")).ctx.role).toBe("viewer");
  });
});
