/**
 * The dashboard summaries stay equal to a GROUP BY over "Transaction" through random sequences of every kind of
 * write the app makes: raw bulk inserts, Prisma inserts, manual edits, field updates, bulk recategorize, soft
 * delete and undelete, an import's undo (rows removed, replaced pending rows brought back), transfer link and
 * unlink, hard deletes and an account's cascade. Runs on SQLite, and on PostgreSQL with TEST_DATABASE_URL.
 */
import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { newId, raw, type SqlValue } from "../../../lib/db/raw";
import { db } from "../../../lib/db/client";
import { operatorContext, type HouseholdContext } from "../../../lib/auth/guard";
import { fromMinor } from "../../../lib/money";
import { bulkDelete, bulkSetCategory } from "../../../lib/insights/bulk";
import { linkTransfers } from "../../../lib/insights/transfers/link";
import { undoTransfer } from "../../../lib/insights/transfers/review";
import { undoImport } from "../../../lib/import/undo";
import { updateTransaction } from "../../../lib/transactions/manual";
import { rebuildSummaries } from "../../../lib/insights/summary/rebuild";
import { actualSummaries, expectedSummaries } from "./expected";
import { seededRandom } from "../../unit/aggregators/ofx/helpers";

useTestDb();


const COLUMNS = ["id", "householdId", "accountId", "date", "amountMinor", "currency", "rawLabel", "label", "payee", "categoryId", "status", "transferId", "importBatchId", "deletedAt", "createdAt", "updatedAt"];
const CATEGORIES = ["0", "100", "600110", "600120", "400110", "400100", "400810", "200110"];
const PAYEES = [null, "", "Lidl", "Acme", "Le Zinc"];

interface Household {
  ctx: HouseholdContext;
  accounts: { id: string; currency: string }[];
  transferIds: string[];
}

async function createHousehold(n: number): Promise<Household> {
  const id = `sh${n}-${newId()}`;
  const now = new Date();
  await raw().run(`INSERT INTO "Household" ("id", "name", "currency", "createdAt") VALUES (?, ?, 'EUR', ?)`, [id, `H${n}`, now]);
  const accounts = [{ id: `${id}-a`, currency: "EUR" }, { id: `${id}-b`, currency: "EUR" }, { id: `${id}-c`, currency: "USD" }];
  for (const a of accounts) {
    await raw().run(`INSERT INTO "Account" ("id", "householdId", "name", "type", "currency", "createdAt", "updatedAt") VALUES (?, ?, ?, 'checking', ?, ?, ?)`, [a.id, id, a.id, a.currency, now, now]);
  }
  const transferIds = [`${id}-tr1`, `${id}-tr2`];
  for (const t of transferIds) await raw().run(`INSERT INTO "Transfer" ("id", "householdId", "createdAt") VALUES (?, ?, ?)`, [t, id, now]);
  return { ctx: operatorContext(id), accounts, transferIds };
}

function scenario(seed: number) {
  const random = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)]!;
  const date = () => `2024-0${int(1, 3)}-${String(int(1, 28)).padStart(2, "0")}`;

  function row(h: Household, extra: { importBatchId?: string; deletedAt?: Date | null; status?: string } = {}): SqlValue[] {
    const account = pick(h.accounts);
    const now = new Date();
    const amountMinor = random() < 0.05 ? 0n : BigInt(int(-5000, 3000));
    return [newId(), h.ctx.householdId, account.id, date(), amountMinor, account.currency, "CB SHOP", "CB SHOP", pick(PAYEES), pick(CATEGORIES),
      extra.status ?? (random() < 0.2 ? "pending" : "booked"), random() < 0.1 ? pick(h.transferIds) : null, extra.importBatchId ?? null,
      extra.deletedAt !== undefined ? extra.deletedAt : random() < 0.05 ? now : null, now, now];
  }

  async function liveIds(h: Household, count: number): Promise<string[]> {
    const rows = await raw().all<{ id: string }>(`SELECT "id" FROM "Transaction" WHERE "householdId" = ? AND "deletedAt" IS NULL ORDER BY "id"`, [h.ctx.householdId]);
    const ids = new Set<string>();
    for (let i = 0; i < count && rows.length; i++) ids.add(pick(rows).id);
    return [...ids];
  }

  const operations: Record<string, (h: Household) => Promise<void>> = {
    async rawInsert(h) {
      await raw().insertMany("Transaction", COLUMNS, Array.from({ length: int(1, 40) }, () => row(h)));
    },
    async prismaInsert(h) {
      const account = pick(h.accounts);
      await db().transaction.createMany({
        data: Array.from({ length: int(1, 4) }, () => ({
          householdId: h.ctx.householdId, accountId: account.id, date: date(), amountMinor: BigInt(int(-3000, 3000)), currency: account.currency,
          rawLabel: "PRISMA", label: "PRISMA", payee: pick(PAYEES), categoryId: pick(CATEGORIES), status: random() < 0.3 ? "pending" : "booked",
        })),
      });
    },
    async manualEdit(h) {
      const [id] = await liveIds(h, 1);
      if (!id) return;
      const existing = await db().transaction.findUniqueOrThrow({ where: { id } });
      await updateTransaction(h.ctx, id, { date: date(), amount: fromMinor(BigInt(int(-4000, 4000)), existing.currency), label: "EDITED", categoryId: pick(CATEGORIES.filter((c) => c !== "100")) });
    },
    async fieldUpdate(h) {
      const [id] = await liveIds(h, 1);
      if (!id) return;
      const existing = await db().transaction.findUniqueOrThrow({ where: { id } });
      const sameCurrency = h.accounts.filter((a) => a.currency === existing.currency);
      const changes = [
        { status: existing.status === "pending" ? "booked" : "pending" }, { payee: pick(PAYEES) }, { accountId: pick(sameCurrency).id },
        { amountMinor: -existing.amountMinor }, { transferId: existing.transferId ? null : pick(h.transferIds) }, { currency: existing.currency === "EUR" ? "GBP" : "EUR" },
        { tags: '["touched"]' },
      ];
      await db().transaction.update({ where: { id }, data: pick(changes) });
    },
    async recategorize(h) {
      const ids = await liveIds(h, int(1, 8));
      if (ids.length) await bulkSetCategory(h.ctx, ids, pick(["400110", "400810", "200110", "600110", "0"]));
    },
    async softDelete(h) {
      const ids = await liveIds(h, int(1, 6));
      if (ids.length) await bulkDelete(h.ctx, ids);
    },
    async undelete(h) {
      await raw().run(`UPDATE "Transaction" SET "deletedAt" = NULL WHERE "householdId" = ? AND "deletedAt" IS NOT NULL AND "importBatchId" IS NULL`, [h.ctx.householdId]);
    },
    async importThenUndo(h) {
      // A committed import that replaced two pending rows (tombstoned at the batch's timestamp), then its undo.
      const batchId = newId();
      const createdAt = new Date(Date.now() - int(1000, 100000));
      await raw().run(`INSERT INTO "ImportBatch" ("id", "householdId", "fileName", "sha256", "format", "status", "createdAt") VALUES (?, ?, 'f.csv', ?, 'csv', 'committed', ?)`, [batchId, h.ctx.householdId, batchId, createdAt]);
      await raw().insertMany("Transaction", COLUMNS, [row(h, { status: "pending", deletedAt: createdAt }), row(h, { status: "pending", deletedAt: createdAt })]);
      await raw().insertMany("Transaction", COLUMNS, Array.from({ length: int(1, 30) }, () => row(h, { importBatchId: batchId, deletedAt: null })));
      await expectExact();
      await undoImport(h.ctx, batchId);
    },
    async linkAndUnlink(h) {
      const [from, to] = [h.accounts[0]!, h.accounts[1]!];
      const day = date();
      const amount = BigInt(int(100000, 900000));
      const now = new Date();
      const base = (account: string, amountMinor: bigint): SqlValue[] => [newId(), h.ctx.householdId, account, day, amountMinor, "EUR", "VIR INTERNE EPARGNE", "VIR INTERNE EPARGNE", null, "0", "booked", null, null, null, now, now];
      await raw().insertMany("Transaction", COLUMNS, [base(from.id, -amount), base(to.id, amount)]);
      expect(await linkTransfers(h.ctx, { since: "0000-01-01" })).toBeGreaterThan(0);
      await expectExact();
      if (random() < 0.6) {
        const [linked] = await raw().all<{ transferId: string }>(`SELECT "transferId" FROM "Transaction" WHERE "householdId" = ? AND "amountMinor" = ? AND "transferId" IS NOT NULL`, [h.ctx.householdId, amount]);
        await undoTransfer(h.ctx, linked!.transferId);
      }
    },
    async hardDelete(h) {
      const ids = await liveIds(h, int(1, 5));
      await db().transaction.deleteMany({ where: { id: { in: ids } } });
    },
    async accountCascade(h) {
      if (random() > 0.3) return;
      // The account goes with its rows (ON DELETE CASCADE); an empty one takes its place.
      const account = h.accounts[1]!;
      await raw().run(`DELETE FROM "Account" WHERE "id" = ?`, [account.id]);
      const now = new Date();
      await raw().run(`INSERT INTO "Account" ("id", "householdId", "name", "type", "currency", "createdAt", "updatedAt") VALUES (?, ?, ?, 'checking', ?, ?, ?)`, [account.id, h.ctx.householdId, account.id, account.currency, now, now]);
    },
  };
  return { operations, pick, random };
}

async function expectExact(): Promise<void> {
  const [actual, expected] = [await actualSummaries(), await expectedSummaries()];
  expect(actual.day).toEqual(expected.day);
  expect(actual.month).toEqual(expected.month);
}

describe("dashboard summaries kept by triggers", () => {
  for (const seed of [1, 2, 3]) {
    it(`equal a GROUP BY over the transactions after every step (seed ${seed})`, async () => {
      const households = [await createHousehold(seed * 10), await createHousehold(seed * 10 + 1)];
      const { operations, pick } = scenario(seed);
      const names = Object.keys(operations);
      const done: string[] = [];
      for (const h of households) await operations.rawInsert!(h);
      for (let step = 0; step < 30; step++) {
        const name = pick(names);
        await operations[name]!(pick(households));
        done.push(name);
        await expectExact();
      }
      expect((await actualSummaries()).month.length).toBeGreaterThan(10);
      expect(new Set(done).size).toBeGreaterThan(6);
    });
  }

  it("rebuildSummaries recomputes the same rows, for one household or all", async () => {
    const before = await actualSummaries();
    expect(before.day.length).toBeGreaterThan(0);
    const [some] = await raw().all<{ id: string }>(`SELECT "id" FROM "Household" ORDER BY "id"`);
    await raw().run(`UPDATE "TransactionDaySum" SET "sumMinor" = "sumMinor" + 1`);
    await raw().run(`DELETE FROM "TransactionMonthSum" WHERE "householdId" = ?`, [some!.id]);
    await raw().transaction((tx) => rebuildSummaries(tx, some!.id));
    const partly = await actualSummaries();
    expect(partly.month).toEqual(before.month);
    expect(partly.day).not.toEqual(before.day);
    await raw().transaction((tx) => rebuildSummaries(tx));
    expect(await actualSummaries()).toEqual(before);
    await expectExact();
  });
});
