/**
 * CSV export of an explorer filter, streamed: keyset batches of 2,000 rows, so a million-row export never sits
 * in memory. Cells are made safe in shape/csv.ts.
 */
import type { HouseholdContext } from "../auth/guard";
import { raw } from "../db/raw";
import { selectCustomCategories } from "../categorizer/db/rows";
import { categoryName } from "../categorizer/tree";
import { fromMinor } from "../money";
import { csvHeaderLine, csvLine } from "./shape/csv";
import type { ExplorerFilter } from "./shape/filters";
import { explorerWhere, selectAfter } from "./explorer";

const BATCH = 2000;

/** Yields the header, then one string per batch of lines. */
export async function* explorerCsvLines(ctx: HouseholdContext, filter: ExplorerFilter, locale: "en" | "fr"): AsyncGenerator<string> {
  const where = await explorerWhere(ctx, filter);
  const custom = await selectCustomCategories(raw(), ctx.householdId);
  yield csvHeaderLine();
  let cursor: { date: string; id: string } | null = null;
  for (;;) {
    const rows = await selectAfter(where, cursor, BATCH);
    // One chunk per batch: a stream chunk per line would cost more than the query.
    yield rows.map((row) => csvLine({
        date: row.date, account: row.accountName, label: row.label, payee: row.payee, category: categoryName(row.categoryId, locale, custom),
        amount: fromMinor(row.amountMinor, row.currency), currency: row.currency, status: row.status, tags: row.tags, note: row.note, id: row.id,
      })).join("");
    const last = rows[rows.length - 1];
    if (rows.length < BATCH || !last) return;
    cursor = { date: last.date, id: last.id };
  }
}
