/**
 * Every keyset-paged list refuses a malformed or foreign cursor (INVALID_INPUT naming `cursor`, a 400 through the
 * API) instead of silently answering its first page; a good cursor still pages to the end.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { operatorContext, type HouseholdContext } from "../../../lib/auth/guard";
import { createApiToken } from "../../../lib/auth/api-tokens";
import { createBills } from "../../../lib/bills/create";
import { listBills } from "../../../lib/bills/list";
import { listBillsPage } from "../../../lib/bills/ui/page";
import { listTransactions } from "../../../lib/transactions/list";
import { listCategorizedTransactions } from "../../../lib/categorizer/ui/transactions";
import { encodeCursor } from "../../../lib/transactions/keyset";
import { toAppError } from "../../../lib/errors";
import * as transactionsRoute from "../../../app/api/v1/transactions/route";
import * as billsRoute from "../../../app/api/v1/bills/route";

const testDb = useTestDb();
const BASE = "http://tirelire.test/api/v1";
const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64url");

let ctx: HouseholdContext;
let accountId = "";
let readToken = "";
let billCursor = "";
let transactionCursor = "";

/** Cursors no list should accept as its own (plus the other list's valid cursor, added per list). */
const MALFORMED = ["garbage", "%%%", b64("2026-01-03|abc"), b64("t|2026-02-30|abc"), b64("b|not-a-day|abc"), b64("2026-01-31T10:00:00.000Z|abc"), "A".repeat(300)];

async function refusal(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "accepted",
    (error: unknown) => {
      const e = toAppError(error);
      const fields = (e.details as { fields?: { field: string }[] } | undefined)?.fields?.map((f) => f.field).join(",");
      return `${e.code}:${fields}`;
    },
  );
}

beforeAll(async () => {
  const household = await testDb.prisma.household.create({ data: { name: "Cursors" } });
  ctx = operatorContext(household.id);
  const account = await testDb.prisma.account.create({ data: { householdId: household.id, name: "Checking", type: "checking", currency: "EUR" } });
  accountId = account.id;
  await testDb.prisma.transaction.createMany({
    data: Array.from({ length: 7 }, (_, i) => ({ householdId: household.id, accountId, date: `2026-01-0${i + 1}`, amountMinor: BigInt(-(i + 1) * 100), currency: "EUR", rawLabel: `SHOP ${i}`, label: `Shop ${i}` })),
  });
  await createBills(ctx, "k", Array.from({ length: 7 }, (_, i) => ({ vendor: "EDF", vendorRef: `R${i}`, amount: `${i + 1}.00`, currency: "EUR", date: `2026-01-0${i + 1}`, type: "energy" })));
  readToken = (await createApiToken(ctx, { scope: "read" })).token;
  billCursor = (await listBills(ctx, { limit: 3 })).nextCursor!;
  transactionCursor = (await listTransactions(ctx, { limit: 3 })).nextCursor!;
});

describe("lib lists refuse bad cursors", () => {
  it("listTransactions (account pages): pages with its own cursor, refuses malformed ones and a bills cursor", async () => {
    expect((await listTransactions(ctx, { accountId, cursor: transactionCursor, limit: 10 })).rows.map((r) => r.date)).toEqual(["2026-01-04", "2026-01-03", "2026-01-02", "2026-01-01"]);
    expect((await listTransactions(ctx, { cursor: "", limit: 10 })).rows).toHaveLength(7);
    for (const cursor of [...MALFORMED, billCursor]) expect({ cursor, got: await refusal(listTransactions(ctx, { accountId, cursor })) }).toEqual({ cursor, got: "INVALID_INPUT:cursor" });
  });

  it("listCategorizedTransactions: the same cursors as every transactions list; refuses the rest", async () => {
    expect((await listCategorizedTransactions(ctx, { cursor: transactionCursor, limit: 10 })).rows).toHaveLength(4);
    for (const cursor of [...MALFORMED, billCursor]) expect({ cursor, got: await refusal(listCategorizedTransactions(ctx, { cursor })) }).toEqual({ cursor, got: "INVALID_INPUT:cursor" });
  });

  it("listBills: pages with its own cursor, refuses malformed ones and a transactions cursor", async () => {
    expect((await listBills(ctx, { limit: 10 }, billCursor)).bills.map((b) => b.vendorRef)).toEqual(["R3", "R2", "R1", "R0"]);
    for (const cursor of [...MALFORMED, transactionCursor]) expect({ cursor, got: await refusal(listBills(ctx, {}, cursor)) }).toEqual({ cursor, got: "INVALID_INPUT:cursor" });
  });

  it("the bills page (status-filtered scan) pages to the end, and refuses a bad cursor instead of starting over", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 10; i++) {
      const page = await listBillsPage(ctx, { cursor }, "2026-02-01", 3);
      seen.push(...page.rows.map((r) => r.bill.vendorRef ?? ""));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(["R6", "R5", "R4", "R3", "R2", "R1", "R0"]);
    for (const bad of [...MALFORMED, transactionCursor]) expect({ bad, got: await refusal(listBillsPage(ctx, { cursor: bad }, "2026-02-01", 3)) }).toEqual({ bad, got: "INVALID_INPUT:cursor" });
  });
});

describe("the API answers 400 naming the cursor", () => {
  const get = (path: string) => new Request(`${BASE}${path}`, { headers: { authorization: `Bearer ${readToken}` } });

  async function expect400(response: Response, what: string) {
    const body = (await response.json()) as { error: { code: string; message: string; fields: { field: string }[] } };
    expect({ what, status: response.status, code: body.error.code, fields: body.error.fields.map((f) => f.field), namesCursor: /cursor/i.test(body.error.message) })
      .toEqual({ what, status: 400, code: "INVALID_INPUT", fields: ["cursor"], namesCursor: true });
  }

  it("GET /transactions", async () => {
    const ok = (await (await transactionsRoute.GET(get(`/transactions?limit=10&cursor=${transactionCursor}`))).json()) as { data: unknown[] };
    expect(ok.data).toHaveLength(4);
    for (const cursor of [...MALFORMED, billCursor]) await expect400(await transactionsRoute.GET(get(`/transactions?cursor=${encodeURIComponent(cursor)}`)), cursor);
  });

  it("GET /bills", async () => {
    const ok = (await (await billsRoute.GET(get(`/bills?limit=10&cursor=${billCursor}`))).json()) as { data: { vendorRef: string }[]; nextCursor: string | null };
    expect(ok.data.map((b) => b.vendorRef)).toEqual(["R3", "R2", "R1", "R0"]);
    expect(ok.nextCursor).toBeNull();
    for (const cursor of [...MALFORMED, transactionCursor]) await expect400(await billsRoute.GET(get(`/bills?cursor=${encodeURIComponent(cursor)}`)), cursor);
    // A cursor naming a position is only a position: another household's bill id pages nothing of theirs.
    const foreign = encodeCursor({ date: "2026-01-05", id: "zzzzzzzz" }, "bills");
    const page = (await (await billsRoute.GET(get(`/bills?cursor=${foreign}`))).json()) as { data: { vendorRef: string }[] };
    expect(page.data.map((b) => b.vendorRef)).toEqual(["R4", "R3", "R2", "R1", "R0"]);
  });
});

describe("list query strings", () => {
  const get = (path: string) => new Request(`${BASE}${path}`, { headers: { authorization: `Bearer ${readToken}` } });
  const fieldsOf = async (response: Response) => ({ status: response.status, fields: ((await response.json()) as { error: { fields: { field: string }[] } }).error.fields.map((f) => f.field) });

  it("a misspelt filter is a 400 naming it, not an unfiltered answer", async () => {
    expect(await fieldsOf(await transactionsRoute.GET(get(`/transactions?acountId=${accountId}`)))).toEqual({ status: 400, fields: ["acountId"] });
    expect(await fieldsOf(await billsRoute.GET(get("/bills?vendr=EDF&typo=1")))).toEqual({ status: 400, fields: ["vendr", "typo"] });
  });

  it("a parameter given twice is a 400 naming it, not the last one silently winning", async () => {
    expect(await fieldsOf(await transactionsRoute.GET(get(`/transactions?accountId=${accountId}&accountId=other`)))).toEqual({ status: 400, fields: ["accountId"] });
    expect(await fieldsOf(await billsRoute.GET(get(`/bills?cursor=${billCursor}&cursor=${billCursor}`)))).toEqual({ status: 400, fields: ["cursor"] });
  });

  it("every documented filter is still accepted", async () => {
    const tx = await transactionsRoute.GET(get(`/transactions?accountId=${accountId}&categoryId=0&from=2026-01-01&to=2026-01-31&search=shop&status=booked&limit=5`));
    expect(tx.status).toBe(200);
    const bills = await billsRoute.GET(get("/bills?konnector=k&vendor=edf&type=energy&status=complete&from=2026-01-01&to=2026-01-31&limit=5"));
    expect(((await bills.json()) as { data: unknown[] }).data).toHaveLength(5);
  });
});
