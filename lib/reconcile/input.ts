/**
 * The matcher's JSON edge (DESIGN.md "Matching"): bills (DESIGN's Bill JSON + "id") and transactions
 * ({ id, date, realisationDate?, amount, label, categoryId, accountType, reimbursements? }) → MatchBill /
 * MatchTransaction. Amounts may be decimal strings (any notation parseAmount reads) or JSON numbers; dates
 * "YYYY-MM-DD" or ISO timestamps (Cozy stores "2024-01-10T00:00:00Z"). Optional fields may be missing or null.
 * A present but malformed value is an INVALID_INPUT naming the element ("bills[3].amount"); an item lacking
 * what matching needs (amount, date) is skipped with a warning, since nothing can match it anyway.
 */
import Decimal from "decimal.js";
import { AppError } from "../errors";
import { isIsoDay } from "../dates";
import { currencyExponent, normalizeCurrency, parseAmount, toMinor } from "../money";
import type { MatchBill, MatchingCriteria, MatchTransaction, RecordedReimbursement } from "./types";

type Json = Record<string, unknown>;

export interface ParsedMatchInput {
  bills: MatchBill[];
  transactions: MatchTransaction[];
  warnings: string[];
}

const fail = (where: string, message: string) => new AppError("INVALID_INPUT", `${where}: ${message}`);

function listOf(value: unknown, key: "bills" | "transactions"): unknown[] {
  if (Array.isArray(value)) return value;
  if (value && typeof value === "object" && Array.isArray((value as Json)[key])) return (value as Json)[key] as unknown[];
  throw new AppError("INVALID_INPUT", `${key}: expected a JSON array of ${key}`);
}

function isMissing(value: unknown): value is null | undefined | "" {
  return value === null || value === undefined || value === "";
}

function text(value: unknown, where: string): string | null {
  if (isMissing(value)) return null;
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw fail(where, "expected a string");
}

function idOf(item: Json, where: string): string {
  const id = text(item.id ?? item._id, `${where}.id`);
  if (!id) throw fail(`${where}.id`, "missing");
  return id;
}

/** A decimal string or JSON number → canonical decimal string (never through float arithmetic). */
export function decimalText(value: unknown, where: string): string | null {
  if (isMissing(value)) return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw fail(where, `${value} is not an amount`);
    return new Decimal(value.toString()).toFixed();
  }
  if (typeof value !== "string") throw fail(where, "expected an amount (decimal string or number)");
  // The contract's notation first ("1.234" is one point two three four, not a thousands group), then any other.
  if (/^[+-]?\d+(\.\d+)?$/.test(value.trim())) return value.trim().replace(/^\+/, "");
  const parsed = parseAmount(value);
  if (parsed === null) throw fail(where, `"${value}" is not an amount`);
  return parsed;
}

function minorOf(value: unknown, currency: string, where: string): bigint | null {
  const decimal = decimalText(value, where);
  if (decimal === null) return null;
  try {
    return toMinor(decimal, currency);
  } catch (error) {
    throw fail(where, error instanceof Error ? error.message : String(error));
  }
}

/** Tolerances are floored to the currency's minor unit: Cozy's default 0.001 means "exact". */
function deltaMinorOf(value: unknown, currency: string, where: string): bigint | null {
  const decimal = decimalText(value, where);
  if (decimal === null) return null;
  return BigInt(new Decimal(decimal).abs().times(new Decimal(10).pow(currencyExponent(currency))).floor().toFixed(0));
}

function daysOf(value: unknown, where: string): number | null {
  const decimal = decimalText(value, where);
  return decimal === null ? null : Math.floor(Math.abs(Number(new Decimal(decimal).toFixed(0, Decimal.ROUND_DOWN))));
}

function dayOf(value: unknown, where: string): string | null {
  if (isMissing(value)) return null;
  if (typeof value !== "string") throw fail(where, "expected a date like 2024-01-31");
  const day = value.trim().slice(0, 10);
  if (!isIsoDay(day) || (value.trim().length > 10 && !/^\d{4}-\d{2}-\d{2}[T ]/.test(value.trim()))) {
    throw fail(where, `"${value}" is not a date like 2024-01-31`);
  }
  return day;
}

function flag(value: unknown, where: string): boolean {
  if (isMissing(value)) return false;
  if (typeof value === "boolean") return value;
  if (value === "true" || value === 1) return true;
  if (value === "false" || value === 0) return false;
  throw fail(where, "expected true or false");
}

function currencyOf(value: unknown, fallback: string, where: string): string {
  if (isMissing(value)) return fallback;
  const code = typeof value === "string" ? normalizeCurrency(value) : null;
  if (!code) throw fail(where, `"${String(value)}" is not an ISO 4217 currency`);
  return code;
}

function objectAt(value: unknown, where: string): Json {
  if (!value || typeof value !== "object" || Array.isArray(value)) throw fail(where, "expected an object");
  return value as Json;
}

function criteriaOf(value: unknown, currency: string, where: string): MatchingCriteria {
  const c = isMissing(value) ? {} : objectAt(value, where);
  const labelRegex = text(c.labelRegex, `${where}.labelRegex`);
  if (labelRegex) {
    try {
      new RegExp(labelRegex, "i");
    } catch {
      throw fail(`${where}.labelRegex`, `"${labelRegex}" is not a valid regular expression`);
    }
  }
  return {
    labelRegex,
    amountLowerDeltaMinor: deltaMinorOf(c.amountLowerDelta, currency, `${where}.amountLowerDelta`),
    amountUpperDeltaMinor: deltaMinorOf(c.amountUpperDelta, currency, `${where}.amountUpperDelta`),
    dateLowerDeltaDays: daysOf(c.dateLowerDelta, `${where}.dateLowerDelta`),
    dateUpperDeltaDays: daysOf(c.dateUpperDelta, `${where}.dateUpperDelta`),
  };
}

const DEFAULT_CRITERIA: MatchingCriteria = { labelRegex: null, amountLowerDeltaMinor: null, amountUpperDeltaMinor: null, dateLowerDeltaDays: null, dateUpperDeltaDays: null };

/** A Bill row's stored matchingCriteria JSON; anything unreadable falls back to the defaults (never blocks a run). */
export function parseStoredCriteria(json: string | null, currency: string): MatchingCriteria {
  if (!json) return DEFAULT_CRITERIA;
  try {
    return criteriaOf(JSON.parse(json), currency, "matchingCriteria");
  } catch {
    return DEFAULT_CRITERIA;
  }
}

const positive = (minor: bigint | null) => (minor === null ? null : minor < 0n ? -minor : minor);

function parseBill(value: unknown, where: string, warnings: string[]): MatchBill | null {
  const item = objectAt(value, where);
  const id = idOf(item, where);
  const currency = currencyOf(item.currency, "EUR", `${where}.currency`);
  const amountMinor = positive(minorOf(item.amount, currency, `${where}.amount`));
  const originalDate = dayOf(item.originalDate, `${where}.originalDate`);
  const date = dayOf(item.date, `${where}.date`) ?? originalDate;
  const bill: MatchBill = {
    id, currency, date: date ?? "", amountMinor: amountMinor ?? 0n, originalDate,
    vendor: text(item.vendor, `${where}.vendor`),
    type: text(item.type, `${where}.type`),
    originalAmountMinor: positive(minorOf(item.originalAmount, currency, `${where}.originalAmount`)),
    groupAmountMinor: positive(minorOf(item.groupAmount, currency, `${where}.groupAmount`)),
    isRefund: flag(item.isRefund, `${where}.isRefund`),
    isThirdPartyPayer: flag(item.isThirdPartyPayer, `${where}.isThirdPartyPayer`),
    criteria: criteriaOf(item.matchingCriterias ?? item.matchingCriteria, currency, `${where}.matchingCriterias`),
    vendorRef: text(item.vendorRef, `${where}.vendorRef`),
    paymentReference: text(item.paymentReference, `${where}.paymentReference`),
    mandateId: text(item.mandateId, `${where}.mandateId`),
    creditorId: text(item.creditorId, `${where}.creditorId`),
  };
  if (amountMinor === null || !date) {
    warnings.push(`${where} (${id}): no ${amountMinor === null ? "amount" : "date"}, skipped`);
    return null;
  }
  return bill;
}

function parseReimbursements(value: unknown, currency: string, where: string): RecordedReimbursement[] {
  if (isMissing(value)) return [];
  if (!Array.isArray(value)) throw fail(where, "expected an array of { billId, amount }");
  return value.flatMap((entry, i) => {
    const r = objectAt(entry, `${where}[${i}]`);
    const billId = text(r.billId, `${where}[${i}].billId`)?.replace(/^io\.cozy\.bills:/, "") ?? "";
    const amountMinor = positive(minorOf(r.amount, currency, `${where}[${i}].amount`));
    return amountMinor === null ? [] : [{ billId, amountMinor }];
  });
}

function parseTransaction(value: unknown, where: string, defaultCurrency: string, warnings: string[]): MatchTransaction | null {
  const item = objectAt(value, where);
  const id = idOf(item, where);
  const currency = currencyOf(item.currency, defaultCurrency, `${where}.currency`);
  const amountMinor = minorOf(item.amount, currency, `${where}.amount`);
  const date = dayOf(item.date, `${where}.date`);
  const realisationDate = dayOf(item.realisationDate, `${where}.realisationDate`);
  const reimbursements = parseReimbursements(item.reimbursements, currency, `${where}.reimbursements`);
  if (amountMinor === null || !date) {
    warnings.push(`${where} (${id}): no ${amountMinor === null ? "amount" : "date"}, skipped`);
    return null;
  }
  return {
    id, date, realisationDate, amountMinor, currency, reimbursements,
    label: text(item.label, `${where}.label`) ?? "",
    rawLabel: text(item.rawLabel ?? item.originalBankLabel, `${where}.rawLabel`),
    categoryId: text(item.categoryId ?? item.manualCategoryId ?? item.automaticCategoryId, `${where}.categoryId`) ?? "0",
    accountType: text(item.accountType, `${where}.accountType`),
  };
}

/** Transactions in the contract carry no currency: they are read in the bills' (most common) currency. */
function dominantCurrency(bills: readonly MatchBill[]): string {
  const counts = new Map<string, number>();
  for (const bill of bills) counts.set(bill.currency, (counts.get(bill.currency) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "EUR";
}

function rejectDuplicates(items: readonly { id: string }[], key: string): void {
  const seen = new Set<string>();
  for (const [i, item] of items.entries()) {
    if (seen.has(item.id)) throw fail(`${key}[${i}].id`, `duplicate id "${item.id}"`);
    seen.add(item.id);
  }
}

export function parseMatchInput(billsJson: unknown, transactionsJson: unknown): ParsedMatchInput {
  const warnings: string[] = [];
  const bills = listOf(billsJson, "bills").map((b, i) => parseBill(b, `bills[${i}]`, warnings)).filter((b): b is MatchBill => b !== null);
  rejectDuplicates(bills, "bills");
  const currency = dominantCurrency(bills);
  const transactions = listOf(transactionsJson, "transactions")
    .map((t, i) => parseTransaction(t, `transactions[${i}]`, currency, warnings))
    .filter((t): t is MatchTransaction => t !== null);
  rejectDuplicates(transactions, "transactions");
  return { bills, transactions, warnings };
}
