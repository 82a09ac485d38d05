/**
 * The demo household against a migrated database: real import pipeline, categorizer, bills store and matching.
 * Checks what a newcomer would see (accounts, two years of rows, most of them categorized, bills with PDFs
 * linked to their payments, the health reimbursement) and that loading it twice changes nothing.
 */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { newHousehold } from "../app/households";
import { loadDemoHousehold, type DemoReport } from "../../../lib/demo/seed";
import { dataDir } from "../../../lib/config";

const testDb = useTestDb();
const TODAY = "2026-11-20";

type Owner = Awaited<ReturnType<typeof newHousehold>>;
let owner: Owner;
let first: DemoReport;

async function count(sql: string, params: unknown[]): Promise<number> {
  const [row] = await testDb.raw.all<{ n: number | bigint }>(sql, params as never[]);
  return Number(row?.n ?? 0);
}

async function snapshot(householdId: string) {
  const tables = ["Account", "Transaction", "Rule", "Bill", "BillFile", "ImportBatch", "Budget", "Recurrence", "Transfer"];
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = await count(`SELECT COUNT(*) AS n FROM "${table}" WHERE "householdId" = ?`, [householdId]);
  counts.links = await count(`SELECT COUNT(*) AS n FROM "BillLink" l JOIN "Bill" b ON b."id" = l."billId" WHERE b."householdId" = ?`, [householdId]);
  return counts;
}

beforeAll(async () => {
  owner = await newHousehold("Demo");
  first = await loadDemoHousehold(owner, { today: TODAY });
}, 120_000);

describe("demo household", () => {
  it("creates four accounts (EUR checking, savings, card; GBP) with two years of history", async () => {
    const accounts = await testDb.raw.all<{ name: string; type: string; currency: string }>(
      `SELECT "name", "type", "currency" FROM "Account" WHERE "householdId" = ? ORDER BY "name"`, [owner.householdId]);
    expect(accounts.map((a) => `${a.type}/${a.currency}`).sort()).toEqual(["card/EUR", "checking/EUR", "checking/GBP", "savings/EUR"]);
    expect(first.accounts).toBe(4);
    expect(first.transactions.new).toBeGreaterThan(1500);
    const [span] = await testDb.raw.all<{ first: string; last: string }>(`SELECT MIN("date") AS first, MAX("date") AS last FROM "Transaction" WHERE "householdId" = ?`, [owner.householdId]);
    expect(span?.first).toBe("2024-11-01");
    const last = span?.last ?? "";
    expect(last <= TODAY && last >= "2026-11-15").toBe(true);
  });

  it("writes through the import pipeline: one batch, bank ids kept, categorized by rules and the categorizer", async () => {
    expect(await count(`SELECT COUNT(*) AS n FROM "ImportBatch" WHERE "householdId" = ?`, [owner.householdId])).toBe(1);
    const total = await count(`SELECT COUNT(*) AS n FROM "Transaction" WHERE "householdId" = ?`, [owner.householdId]);
    const categorized = await count(`SELECT COUNT(*) AS n FROM "Transaction" WHERE "householdId" = ? AND "categoryId" <> '0'`, [owner.householdId]);
    expect(categorized / total).toBeGreaterThan(0.8);
    const rent = await testDb.raw.all<{ categoryId: string; categorySource: string; payee: string }>(
      `SELECT "categoryId", "categorySource", "payee" FROM "Transaction" WHERE "householdId" = ? AND "rawLabel" LIKE '%MOTIF LOYER%'`, [owner.householdId]);
    expect(rent.length).toBeGreaterThanOrEqual(24);
    expect(rent.every((r) => r.categoryId === "401020" && r.categorySource === "rule" && r.payee === "M. Bernard (propriétaire)")).toBe(true);
    const salary = await testDb.raw.all<{ amountMinor: bigint }>(`SELECT "amountMinor" FROM "Transaction" WHERE "householdId" = ? AND "rawLabel" LIKE '%MOTIF SALAIRE%'`, [owner.householdId]);
    expect(salary.every((s) => BigInt(s.amountMinor) > 300_000n)).toBe(true);
  });

  it("records manual corrections the categorizer learned from", async () => {
    expect(first.corrections).toBeGreaterThan(0);
    const manual = await count(`SELECT COUNT(*) AS n FROM "Transaction" WHERE "householdId" = ? AND "categorySource" = 'manual'`, [owner.householdId]);
    expect(manual).toBe(first.corrections);
    expect(await count(`SELECT COUNT(*) AS n FROM "CategoryModel" WHERE "householdId" = ?`, [owner.householdId])).toBe(1);
  });

  it("stores bills with valid PDF files on disk and links them to their payments, health reimbursements included", async () => {
    expect(first.bills.created).toBeGreaterThan(30);
    const files = await testDb.raw.all<{ path: string; mime: string }>(`SELECT "path", "mime" FROM "BillFile" WHERE "householdId" = ?`, [owner.householdId]);
    expect(files.length).toBe(first.bills.created);
    const onDisk = fs.readFileSync(path.join(dataDir(), files[0]!.path));
    expect(onDisk.subarray(0, 8).toString("latin1")).toBe("%PDF-1.4");
    expect(onDisk.subarray(-6).toString("latin1")).toBe("%%EOF\n");
    const kinds = await testDb.raw.all<{ kind: string; n: number | bigint }>(
      `SELECT l."kind" AS kind, COUNT(*) AS n FROM "BillLink" l JOIN "Bill" b ON b."id" = l."billId" WHERE b."householdId" = ? GROUP BY l."kind"`, [owner.householdId]);
    const byKind = Object.fromEntries(kinds.map((k) => [k.kind, Number(k.n)]));
    expect(byKind.debit).toBeGreaterThan(30);
    expect(byKind.credit).toBeGreaterThan(0);
    expect(byKind.reimbursement).toBeGreaterThan(0);
    const unlinkedInvoices = await count(
      `SELECT COUNT(*) AS n FROM "Bill" b WHERE b."householdId" = ? AND b."type" <> 'health_costs' AND NOT EXISTS (SELECT 1 FROM "BillLink" l WHERE l."billId" = b."id")`, [owner.householdId]);
    expect(unlinkedInvoices).toBe(0);
    expect(first.links.created).toBe(await count(`SELECT COUNT(*) AS n FROM "BillLink" l JOIN "Bill" b ON b."id" = l."billId" WHERE b."householdId" = ?`, [owner.householdId]));
  });

  it("is idempotent: loading it again (same day or a day later) duplicates nothing", async () => {
    const before = await snapshot(owner.householdId);
    const again = await loadDemoHousehold(owner, { today: TODAY });
    expect(again.transactions.new).toBe(0);
    expect(again.rules.created).toBe(0);
    expect(again.corrections).toBe(0);
    expect(again.bills.created).toBe(0);
    expect(again.links.created).toBe(0);
    expect(again.transfers).toBe(0);
    expect(again.recurrences).toBe(0);
    expect(again.budgets).toBe(0);
    expect(await snapshot(owner.householdId)).toEqual(before);
    const nextDay = await loadDemoHousehold(owner, { today: "2026-11-21" });
    expect(nextDay.transactions.new).toBeLessThan(15);
    const after = await snapshot(owner.householdId);
    expect(after.Account).toBe(before.Account);
    expect(after.Rule).toBe(before.Rule);
  });

  it("is deterministic: another household gets the same history from the same seed", async () => {
    const other = await newHousehold("Demo 2");
    const report = await loadDemoHousehold(other, { today: TODAY });
    expect(report.transactions.new).toBe(first.transactions.new);
    expect(report.bills.created).toBe(first.bills.created);
    const sum = async (householdId: string) => testDb.raw.all<{ currency: string; total: bigint }>(
      `SELECT "currency", SUM("amountMinor") AS total FROM "Transaction" WHERE "householdId" = ? AND "date" <= ? GROUP BY "currency" ORDER BY "currency"`, [householdId, TODAY]);
    const text = (rows: { currency: string; total: bigint }[]) => rows.map((r) => `${r.currency}:${String(r.total)}`);
    expect(text(await sum(other.householdId))).toEqual(text(await sum(owner.householdId)));
  });
});

describe("demo household, insights", () => {
  it("has budgets, recurring payments (rent, energy, phone, subscriptions) and linked internal transfers", async () => {
    expect(first.budgets).toBe(4);
    expect(first.transfers).toBeGreaterThan(20);
    expect(first.recurrences).toBeGreaterThan(5);
    const names = (await testDb.raw.all<{ name: string }>(`SELECT "name" FROM "Recurrence" WHERE "householdId" = ?`, [owner.householdId])).map((r) => r.name.toLowerCase()).join(" | ");
    for (const word of ["netflix", "free"]) expect(names).toContain(word);
  });


  it("marks the savings standing order and the card statement as internal, on both sides", async () => {
    const rows = await testDb.raw.all<{ categoryId: string; n: number | bigint }>(
      `SELECT "categoryId", COUNT(*) AS n FROM "Transaction" WHERE "householdId" = ? AND ("rawLabel" LIKE '%MOTIF EPARGNE%' OR "rawLabel" LIKE '%RELEVE%CARTE%' OR "rawLabel" LIKE 'PRLV CARTE VISA%') GROUP BY "categoryId"`,
      [owner.householdId]);
    expect(rows.map((r) => r.categoryId).sort()).toEqual(["600110", "600120"]);
  });
});
