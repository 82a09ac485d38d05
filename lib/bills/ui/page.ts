/**
 * The bills page's data: a keyset page of bills with their status, filtered by the stored fields (listBills)
 * and by the computed status. The status depends on links and on today, so it is filtered here: pages of
 * listBills are read until the page is full or a scan budget is spent (the cursor then points at the last bill
 * looked at, so "older" continues exactly where the scan stopped).
 */
import { z } from "zod";
import type { HouseholdContext } from "../../auth/guard";
import { encodeCursor } from "../../transactions/keyset";
import { listBills, type BillRecord } from "../list";
import { loadBillLinks, type BillLinkView } from "./links";
import { BILL_STATES, billStatus, type BillStatus } from "./state";

const SCAN_BATCH = 200;
const MAX_SCANNED = 5_000;

export const billsPageQuerySchema = z.object({
  vendor: z.string().trim().max(200).optional().transform((v) => v || undefined),
  type: z.string().trim().max(50).optional().transform((v) => v || undefined),
  state: z.enum(BILL_STATES).optional().or(z.literal("").transform(() => undefined)),
  from: z.string().regex(/^\d{4}-\d{2}$/).optional().or(z.literal("").transform(() => undefined)),
  to: z.string().regex(/^\d{4}-\d{2}$/).optional().or(z.literal("").transform(() => undefined)),
  // Checked by listBills (a bad cursor is refused there, not dropped here as an unknown filter would be).
  cursor: z.string().max(2000).optional(),
});
export type BillsPageQuery = z.input<typeof billsPageQuerySchema>;

export interface BillRow {
  bill: BillRecord;
  status: BillStatus;
  links: BillLinkView[];
}

export interface BillGroup {
  month: string;
  vendor: string;
  rows: BillRow[];
  totals: { currency: string; amountMinor: bigint }[];
}

export interface BillsPage {
  rows: BillRow[];
  groups: BillGroup[];
  nextCursor: string | null;
}

const lastDayOfMonth = (month: string) => {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, "0")}`;
};

/** Query-string values (possibly junk) → filters; an invalid value is dropped rather than failing the page. */
export function parseBillsQuery(query: Record<string, string | string[] | undefined>): z.output<typeof billsPageQuerySchema> {
  const flat = Object.fromEntries(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = billsPageQuerySchema.safeParse(flat);
  if (parsed.success) return parsed.data;
  const valid: Record<string, unknown> = {};
  for (const key of Object.keys(billsPageQuerySchema.shape) as (keyof typeof billsPageQuerySchema.shape)[]) {
    const one = billsPageQuerySchema.shape[key].safeParse(flat[key]);
    if (one.success) valid[key] = one.data;
  }
  return valid as z.output<typeof billsPageQuerySchema>;
}

export async function listBillsPage(ctx: HouseholdContext, query: BillsPageQuery, today: string, limit = 50): Promise<BillsPage> {
  const q = billsPageQuerySchema.parse(query);
  const filters = { vendor: q.vendor, type: q.type, from: q.from ? `${q.from}-01` : undefined, to: q.to ? lastDayOfMonth(q.to) : undefined };
  const rows: BillRow[] = [];
  let cursor: string | null = q.cursor ?? null;
  let scanned = 0;
  let isExhausted = false;
  let lastSeen: BillRecord | null = null;
  while (rows.length < limit && scanned < MAX_SCANNED) {
    const batch = await listBills(ctx, { ...filters, limit: q.state ? SCAN_BATCH : limit - rows.length }, cursor);
    const { links, facts } = await loadBillLinks(ctx, batch.bills.map((b) => b.id));
    for (const bill of batch.bills) {
      lastSeen = bill;
      scanned++;
      const status = billStatus({ ...bill, dateUpperDelta: bill.matchingCriterias.dateUpperDelta }, facts.get(bill.id)!, today);
      if (q.state && status.state !== q.state) continue;
      rows.push({ bill, status, links: links.filter((l) => l.billId === bill.id) });
      if (rows.length === limit) break;
    }
    if (!batch.nextCursor) {
      isExhausted = lastSeen === batch.bills[batch.bills.length - 1] || !batch.bills.length;
      break;
    }
    cursor = batch.nextCursor;
  }
  const nextCursor = isExhausted || !lastSeen ? null : encodeCursor({ date: lastSeen.date, id: lastSeen.id }, "bills");
  return { rows, groups: groupBills(rows), nextCursor };
}

/** Month (newest first) then vendor, with per-currency totals (bills in several currencies never add up). */
export function groupBills(rows: readonly BillRow[]): BillGroup[] {
  const groups = new Map<string, BillGroup>();
  for (const row of rows) {
    const month = row.bill.date.slice(0, 7);
    const key = `${month}\u0000${row.bill.vendor.toLowerCase()}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { month, vendor: row.bill.vendor, rows: [], totals: [] }));
    group.rows.push(row);
    const total = group.totals.find((t) => t.currency === row.bill.currency);
    if (total) total.amountMinor += row.bill.amountMinor;
    else group.totals.push({ currency: row.bill.currency, amountMinor: row.bill.amountMinor });
  }
  return [...groups.values()].sort((a, b) => (a.month !== b.month ? (a.month < b.month ? 1 : -1) : a.vendor.localeCompare(b.vendor)));
}
