/** Reading bills: a household's bills by keyset pages (newest first) with filters, and one bill by id. */
import { z } from "zod";
import { notFound } from "../errors";
import { fromMinor } from "../money";
import { isIsoDay } from "../dates";
import { raw, type SqlValue } from "../db/raw";
import type { HouseholdContext } from "../auth/guard";
import { encodeCursor, parseCursor } from "../transactions/keyset";
import { EMPTY_MATCHING_CRITERIAS, type BillJson, type MatchingCriterias } from "./schema";

export interface BillRecord extends BillJson {
  id: string;
  konnector: string;
  identity: string;
  amountMinor: bigint;
  paymentReference: string | null;
  mandateId: string | null;
  creditorId: string | null;
  status: "complete" | "to_complete";
  fileId: string | null;
  details: Record<string, unknown> | null;
  createdAt: string;
}

interface BillRow {
  id: string;
  konnector: string;
  vendor: string;
  vendorRef: string | null;
  identity: string;
  type: string | null;
  amountMinor: bigint | number | string;
  currency: string;
  date: string;
  dueDate: string | null;
  isRefund: unknown;
  isThirdPartyPayer: unknown;
  originalAmountMinor: bigint | number | string | null;
  originalDate: string | null;
  groupAmountMinor: bigint | number | string | null;
  matchingCriteria: string | null;
  paymentReference: string | null;
  mandateId: string | null;
  creditorId: string | null;
  details: string | null;
  status: string;
  fileId: string | null;
  createdAt: unknown;
}

const SELECT = `SELECT "id", "konnector", "vendor", "vendorRef", "identity", "type", "amountMinor", "currency", "date", "dueDate", "isRefund",
  "isThirdPartyPayer", "originalAmountMinor", "originalDate", "groupAmountMinor", "matchingCriteria", "paymentReference", "mandateId",
  "creditorId", "details", "status", "fileId", "createdAt" FROM "Bill"`;

const isTrue = (value: unknown) => value === true || value === 1 || value === 1n || value === "1" || value === "true";

function parseJson<T>(text: string | null): T | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

export function toBillRecord(row: BillRow): BillRecord {
  const money = (value: BillRow["amountMinor"] | null) => (value === null ? null : fromMinor(BigInt(value), row.currency));
  const amountMinor = BigInt(row.amountMinor);
  return {
    vendor: row.vendor,
    vendorRef: row.vendorRef,
    type: row.type,
    amount: fromMinor(amountMinor, row.currency),
    currency: row.currency,
    date: row.date,
    dueDate: row.dueDate,
    isRefund: isTrue(row.isRefund),
    originalAmount: money(row.originalAmountMinor),
    originalDate: row.originalDate,
    groupAmount: money(row.groupAmountMinor),
    isThirdPartyPayer: isTrue(row.isThirdPartyPayer),
    matchingCriterias: { ...EMPTY_MATCHING_CRITERIAS, ...parseJson<MatchingCriterias>(row.matchingCriteria) },
    id: row.id,
    konnector: row.konnector,
    identity: row.identity,
    amountMinor,
    paymentReference: row.paymentReference,
    mandateId: row.mandateId,
    creditorId: row.creditorId,
    status: row.status === "to_complete" ? "to_complete" : "complete",
    fileId: row.fileId,
    details: parseJson<Record<string, unknown>>(row.details),
    createdAt: row.createdAt instanceof Date ? row.createdAt.toISOString() : String(row.createdAt),
  };
}

/** The JSON form (bigint dropped: amounts are decimal strings at the edges). */
export function billToJson(bill: BillRecord): Omit<BillRecord, "amountMinor"> {
  const { amountMinor: _amountMinor, ...json } = bill;
  return json;
}

const day = z.string().refine(isIsoDay, "Expected YYYY-MM-DD");
export const billFiltersSchema = z.object({
  konnector: z.string().trim().min(1).max(100).optional(),
  vendor: z.string().trim().min(1).max(200).optional(),
  type: z.string().trim().min(1).max(50).optional(),
  status: z.enum(["complete", "to_complete"]).optional(),
  from: day.optional(),
  to: day.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type BillFilters = z.input<typeof billFiltersSchema>;

export interface BillPage {
  bills: BillRecord[];
  nextCursor: string | null;
}

/** A malformed cursor, or one from another list, is an INVALID_INPUT naming `cursor` (never a silent first page). */
export async function listBills(ctx: HouseholdContext, filters: BillFilters = {}, cursor: string | null = null): Promise<BillPage> {
  const f = billFiltersSchema.parse(filters);
  const position = parseCursor(cursor, "bills");
  const where = [`"householdId" = ?`];
  const params: SqlValue[] = [ctx.householdId];
  const add = (sql: string, value: SqlValue) => {
    where.push(sql);
    params.push(value);
  };
  if (f.konnector) add(`"konnector" = ?`, f.konnector);
  if (f.vendor) add(`LOWER("vendor") = ?`, f.vendor.toLowerCase());
  if (f.type) add(`"type" = ?`, f.type);
  if (f.status) add(`"status" = ?`, f.status);
  if (f.from) add(`"date" >= ?`, f.from);
  if (f.to) add(`"date" <= ?`, f.to);
  if (position) {
    where.push(`("date" < ? OR ("date" = ? AND "id" < ?))`);
    params.push(position.date, position.date, position.id);
  }
  const rows = await raw().all<BillRow>(`${SELECT} WHERE ${where.join(" AND ")} ORDER BY "date" DESC, "id" DESC LIMIT ?`, [...params, f.limit + 1]);
  const bills = rows.slice(0, f.limit).map(toBillRecord);
  const last = bills[bills.length - 1];
  return { bills, nextCursor: rows.length > f.limit && last ? encodeCursor({ date: last.date, id: last.id }, "bills") : null };
}

/** One bill; an id from another household is not found (no oracle). */
export async function getBill(ctx: HouseholdContext, id: string): Promise<BillRecord> {
  const [row] = await raw().all<BillRow>(`${SELECT} WHERE "id" = ? AND "householdId" = ?`, [id, ctx.householdId]);
  if (!row) throw notFound("Bill");
  return toBillRecord(row);
}
