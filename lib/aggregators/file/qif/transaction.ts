/**
 * Second pass: one QIF record → NormalizedTransaction. No QIF field identifies a transaction, so externalId is
 * null (the importer's scored dedup takes over). P is the payee and the label (M when there is no P); L is the
 * bank category unless it is a transfer ("[Account]") or the split marker; N is kept as a check number when
 * it is a number. C (cleared / reconciled) has no place in NormalizedTransaction and is ignored: uncleared in
 * Quicken is not "pending" at the bank. Splits (S/E/$): the parent total is the transaction, the split lines
 * are not imported (reported once per file). Investment records: see mapInvestmentRecord.
 */
import Decimal from "decimal.js";
import { parseAmount, type DecimalSeparator } from "../../../money";
import type { NormalizedTransaction, ParseWarning } from "../../types";
import { scaleAmount } from "../ofx/values";
import { toIsoDay, tokenizeQifDate, type DateOrder } from "./dates";
import type { QifField, QifRecord } from "./records";

export interface QifContext {
  order: DateOrder;
  decimalSeparator: DecimalSeparator;
  currency: string | null;
  warnings: ParseWarning[];
  splits: { count: number; line: number };
  skippedActions: Map<string, { count: number; line: number }>;
}

const fieldValue = (fields: QifField[], code: string): string | null => fields.find((f) => f.code === code)?.value.trim() || null;

function skip(ctx: QifContext, record: QifRecord, message: string): null {
  ctx.warnings.push({ line: record.line, message: `${message}: record skipped.` });
  return null;
}

function readDay(record: QifRecord, ctx: QifContext): string | null {
  const raw = fieldValue(record.fields, "D");
  if (raw === null) return skip(ctx, record, "No date (D)");
  const parts = tokenizeQifDate(raw);
  if (!parts) return skip(ctx, record, `Unreadable date "${raw.slice(0, 32)}"`);
  const day = toIsoDay(parts, ctx.order);
  if (day) return day;
  const other = toIsoDay(parts, ctx.order === "MDY" ? "DMY" : "MDY");
  if (!other) return skip(ctx, record, `Impossible date "${raw.slice(0, 32)}"`);
  ctx.warnings.push({ line: record.line, message: `Date "${raw}" is impossible as ${ctx.order === "MDY" ? "month/day" : "day/month"} like the rest of the file: read as ${other}.` });
  return other;
}

/** Canonical amount scaled to the currency, or a reason it cannot be read. */
export function readAmount(raw: string, ctx: QifContext): string | { error: string } {
  const amount = raw.length > 64 ? null : parseAmount(raw, { decimalSeparator: ctx.decimalSeparator });
  if (amount === null) return { error: `Unreadable amount "${raw.slice(0, 40)}"` };
  const scaled = scaleAmount(amount, ctx.currency);
  return scaled ?? { error: `Amount ${amount} has more decimals than ${ctx.currency} allows` };
}

/** T (or U, Quicken's newer copy of it); a record with only split amounts totals them. */
function recordAmount(record: QifRecord, ctx: QifContext): string | { error: string } {
  const total = fieldValue(record.fields, "T");
  const upper = fieldValue(record.fields, "U");
  if (total !== null && upper !== null && upper !== total) {
    const [t, u] = [readAmount(total, ctx), readAmount(upper, ctx)];
    if (typeof t === "string" && typeof u === "string" && t !== u) ctx.warnings.push({ line: record.line, message: `T ${total} and U ${upper} differ: T used.` });
  }
  if (total !== null || upper !== null) return readAmount((total ?? upper) as string, ctx);
  const splitAmounts = record.fields.filter((f) => f.code === "$").map((f) => readAmount(f.value.trim(), ctx));
  if (splitAmounts.length === 0) return { error: "No amount (T/U)" };
  let sum = new Decimal(0);
  for (const part of splitAmounts) {
    if (typeof part !== "string") return part;
    sum = sum.plus(part);
  }
  ctx.warnings.push({ line: record.line, message: "No total (T): the split amounts were added up." });
  return scaleAmount(sum.toFixed(), ctx.currency) ?? { error: "Unreadable split amounts" };
}

function bankCategory(raw: string | null): string | null {
  if (!raw || raw.startsWith("[") || /^--split--$/i.test(raw)) return null;
  const category = raw.split("/")[0]?.trim();
  return category ? category : null;
}

function baseTransaction(fields: QifField[], date: string, amount: string, currency: string | null, fallbackLabel: string): NormalizedTransaction {
  const payee = fieldValue(fields, "P");
  const memo = fieldValue(fields, "M");
  // Without P or M, the category or transfer ("[Savings]") says more than nothing.
  const label = payee ?? memo ?? (fallbackLabel || fieldValue(fields, "L") || "");
  const transaction: NormalizedTransaction = {
    externalId: null, date, valueDate: null, amount, currency, label, payee,
    memo: payee === null && memo !== null ? null : memo, pending: false, checkNumber: null,
  };
  const category = bankCategory(fieldValue(fields, "L"));
  if (category) transaction.bankCategory = category;
  return transaction;
}

export function mapBankRecord(record: QifRecord, ctx: QifContext): NormalizedTransaction | null {
  const date = readDay(record, ctx);
  if (date === null) return null;
  const amount = recordAmount(record, ctx);
  if (typeof amount !== "string") return skip(ctx, record, amount.error);
  if (record.fields.some((f) => f.code === "S") && ctx.splits.count++ === 0) ctx.splits.line = record.line;
  const transaction = baseTransaction(record.fields, date, amount, ctx.currency, "");
  const number = fieldValue(record.fields, "N");
  if (number && /^\d+$/.test(number) && !/^0+$/.test(number)) transaction.checkNumber = number;
  return transaction;
}

/**
 * Investment records: only the lines that move money into or out of the account are imported (income,
 * expenses, cash and transfers in/out). Buys and sells turn cash into securities inside the account, and the
 * X variants (BuyX, DivX…) settle in another account: they are counted and reported, like OFX trades.
 */
const CASH_IN = new Set(["div", "intinc", "cglong", "cgshort", "cgmid", "miscinc", "rtrncap", "xin"]);
const CASH_OUT = new Set(["xout", "miscexp", "margint"]);

export function mapInvestmentRecord(record: QifRecord, ctx: QifContext): NormalizedTransaction | null {
  const action = fieldValue(record.fields, "N") ?? "";
  const key = action.toLowerCase();
  if (key !== "cash" && !CASH_IN.has(key) && !CASH_OUT.has(key)) {
    const name = action || "(no action)";
    const entry = ctx.skippedActions.get(name);
    if (entry) entry.count++;
    else ctx.skippedActions.set(name, { count: 1, line: record.line });
    return null;
  }
  const date = readDay(record, ctx);
  if (date === null) return null;
  const amount = recordAmount(record, ctx);
  if (typeof amount !== "string") return skip(ctx, record, `${action}: ${amount.error}`);
  const magnitude = amount.replace(/^-/, "");
  const signed = key === "cash" ? amount : CASH_OUT.has(key) && /[1-9]/.test(magnitude) ? `-${magnitude}` : magnitude;
  const security = fieldValue(record.fields, "Y");
  return baseTransaction(record.fields, date, signed, ctx.currency, security ? `${action} ${security}` : action);
}
