import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { seedHousehold, type TxSeed } from "./seed";
import { loadExplorerPage, loadExplorerTotals } from "../../../lib/insights/explorer";
import { bulkAddTag, bulkDelete, bulkSetCategory } from "../../../lib/insights/bulk";
import { explorerCsvLines } from "../../../lib/insights/export-csv";
import { parseExplorerFilter } from "../../../lib/insights/shape/filters";
import { raw } from "../../../lib/db/raw";

const testDb = useTestDb();

const rows: TxSeed[] = Array.from({ length: 30 }, (_, i) => ({
  account: i % 3 === 0 ? "card" : "main",
  date: `2024-03-${String(1 + (i % 28)).padStart(2, "0")}`,
  amountMinor: BigInt(-(i + 1) * 100),
  categoryId: i % 5 === 0 ? "0" : i % 2 === 0 ? "400110" : "400810",
  label: i === 7 ? "=HYPERLINK(\"x\") Carrefour" : `CB SHOP ${i}`,
  status: i === 4 ? "pending" : "booked",
  tags: i % 10 === 1 ? ["car"] : i === 2 ? ["carpool"] : [],
  isDeleted: i === 29,
}));

const filterOf = (params: Record<string, string | string[]>) => parseExplorerFilter(params, "EUR");

describe("explorer on a real database", () => {
  it("pages with a keyset cursor, newest first, without gaps or repeats, tombstones left out", async () => {
    const { ctx } = await seedHousehold([{ name: "main" }, { name: "card" }], rows);
    const seen: string[] = [];
    let cursor: { date: string; id: string } | null = null;
    for (let i = 0; i < 10; i++) {
      const page = await loadExplorerPage(ctx, filterOf({}), cursor, 7);
      seen.push(...page.rows.map((r) => `${r.date}|${r.id}`));
      if (!page.nextCursor) break;
      const [date, id] = [page.nextCursor.slice(0, 10), page.nextCursor.slice(11)];
      cursor = { date, id };
    }
    expect(seen).toHaveLength(29);
    expect(new Set(seen).size).toBe(29);
    expect([...seen].sort().reverse()).toEqual(seen);
  });

  it("filters and totals in SQL: accounts, categories with subcategories, amounts, text, pending, tags", async () => {
    const { ctx, accountIds } = await seedHousehold([{ name: "main" }, { name: "card" }], rows);
    const totals = await loadExplorerTotals(ctx, filterOf({}));
    expect(totals).toEqual([{ currency: "EUR", totalMinor: -43500n, count: 29 }]);
    const card = await loadExplorerTotals(ctx, filterOf({ account: accountIds.card! }));
    expect(card[0]!.count).toBe(10);
    const food = await loadExplorerPage(ctx, filterOf({ category: "400100" }), null);
    expect(food.rows.every((r) => r.categoryId === "400110")).toBe(true);
    expect(food.rows.length).toBe(12);
    const range = await loadExplorerTotals(ctx, filterOf({ min: "-5", max: "-3" }));
    expect(range[0]).toEqual({ currency: "EUR", totalMinor: -1200n, count: 3 });
    expect((await loadExplorerPage(ctx, filterOf({ q: "carrefour" }), null)).rows).toHaveLength(1);
    expect((await loadExplorerPage(ctx, filterOf({ q: "100%" }), null)).rows).toHaveLength(0);
    expect((await loadExplorerPage(ctx, filterOf({ status: "pending" }), null)).rows.map((r) => r.amountMinor)).toEqual([-500n]);
    expect((await loadExplorerPage(ctx, filterOf({ uncategorized: "1" }), null)).rows).toHaveLength(6);
    // "car" matches the JSON-quoted tag only, never "carpool".
    expect((await loadExplorerTotals(ctx, filterOf({ tag: "car" })))[0]!.count).toBe(3);
  });

  it("never shows or touches another household's rows", async () => {
    const mine = await seedHousehold([{ name: "main" }], [{ account: "main", date: "2024-01-01", amountMinor: -100n }]);
    const other = await seedHousehold([{ name: "main" }], [{ account: "main", date: "2024-01-01", amountMinor: -999n }]);
    expect(await loadExplorerTotals(mine.ctx, filterOf({}))).toEqual([{ currency: "EUR", totalMinor: -100n, count: 1 }]);
    await expect(bulkDelete(mine.ctx, [other.ids[0]!])).rejects.toThrow(/not found/i);
    await expect(bulkAddTag(mine.ctx, [mine.ids[0]!, other.ids[0]!], "x")).rejects.toThrow(/not found/i);
    expect(await loadExplorerTotals(other.ctx, filterOf({}))).toEqual([{ currency: "EUR", totalMinor: -999n, count: 1 }]);
  });

  it("bulk: tags once, recategorizes through the categorizer (manual), deletes as tombstones", async () => {
    const { ctx, ids } = await seedHousehold([{ name: "main" }], [
      { account: "main", date: "2024-01-01", amountMinor: -100n, tags: ["a"] }, { account: "main", date: "2024-01-02", amountMinor: -200n },
    ]);
    expect(await bulkAddTag(ctx, ids, "trip")).toBe(2);
    expect(await bulkAddTag(ctx, ids, "trip")).toBe(0);
    expect(await bulkSetCategory(ctx, ids, "400110")).toBe(2);
    const after = await testDb.raw.all<{ tags: string; categoryId: string; categorySource: string }>(`SELECT "tags", "categoryId", "categorySource" FROM "Transaction" WHERE "householdId" = ? ORDER BY "date"`, [ctx.householdId]);
    expect(after).toEqual([{ tags: '["a","trip"]', categoryId: "400110", categorySource: "manual" }, { tags: '["trip"]', categoryId: "400110", categorySource: "manual" }]);
    await expect(bulkAddTag(ctx, ids, 'bad"tag')).rejects.toThrow();
    expect(await bulkDelete(ctx, [ids[0]!])).toBe(1);
    expect(await loadExplorerTotals(ctx, filterOf({}))).toEqual([{ currency: "EUR", totalMinor: -200n, count: 1 }]);
    const [row] = await raw().all<{ deletedAt: unknown }>(`SELECT "deletedAt" FROM "Transaction" WHERE "id" = ?`, [ids[0]!]);
    expect(row!.deletedAt).not.toBeNull();
  });

  it("exports the filter as CSV with neutralized text and numeric amounts", async () => {
    const { ctx } = await seedHousehold([{ name: "main" }, { name: "card" }], rows);
    let csv = "";
    for await (const chunk of explorerCsvLines(ctx, filterOf({ q: "carrefour" }), "en")) csv += chunk;
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe("date,account,label,payee,category,amount,currency,status,tags,note,id");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^2024-03-08,main,"'=HYPERLINK\(""x""\) Carrefour",,Restaurants and bars,-8\.00,EUR,booked,,,/);
  });
});
