/**
 * SimpleFIN protocol shapes (1.0-draft and the Bridge's version=2 extensions) and their pure mapping to the
 * adapter contract. Dates are epoch seconds in the protocol; we keep the UTC calendar day, as the Bridge does.
 */
import Decimal from "decimal.js";
import type { ApiAccount, NormalizedBalance, NormalizedTransaction, ParseWarning } from "../../types";
import { currencyExponent, normalizeCurrency, parseAmount } from "../../../money";

export interface SfinTransaction {
  id: string;
  posted: number;
  amount: string;
  description?: string;
  transacted_at?: number;
  pending?: boolean;
  payee?: string;
  memo?: string;
}

export interface SfinAccount {
  id: string;
  name?: string;
  currency?: string;
  balance?: string;
  "available-balance"?: string;
  "balance-date"?: number;
  org?: { name?: string; domain?: string; id?: string };
  conn_id?: string;
  transactions?: SfinTransaction[];
}

export interface SfinAccountSet {
  errors?: string[];
  errlist?: { code?: string; message?: string; conn_id?: string }[];
  accounts?: SfinAccount[];
  connections?: { conn_id: string; org_name?: string }[];
}

export function epochToDay(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().slice(0, 10);
}

export function dayToEpoch(isoDay: string): number {
  return Date.parse(`${isoDay}T00:00:00Z`) / 1000;
}

/** Amounts are numeric strings; more decimals than the currency has (3 on a USD account) are rounded half-even, with a warning. */
export function toCanonicalAmount(text: string, currency: string | null, warnings: ParseWarning[], where: string): string | null {
  const canonical = parseAmount(String(text));
  if (canonical === null) {
    warnings.push({ element: where, message: `Unreadable amount "${text}": row skipped` });
    return null;
  }
  if (!currency) return canonical;
  const exponent = currencyExponent(currency);
  const rounded = new Decimal(canonical).toDecimalPlaces(exponent, Decimal.ROUND_HALF_EVEN);
  if (!rounded.equals(canonical)) warnings.push({ element: where, message: `Amount ${canonical} has more decimals than ${currency}: rounded to ${rounded.toFixed(exponent)}` });
  return rounded.toFixed(exponent);
}

export function mapBalance(account: SfinAccount, field: "balance" | "available-balance", warnings: ParseWarning[]): NormalizedBalance | null {
  const value = account[field];
  if (value === undefined || value === null || value === "") return null;
  const amount = toCanonicalAmount(value, normalizeCurrency(account.currency), warnings, `account ${account.id} ${field}`);
  return amount === null ? null : { amount, date: account["balance-date"] ? epochToDay(account["balance-date"]) : null };
}

export function mapAccount(account: SfinAccount, warnings: ParseWarning[]): ApiAccount {
  return {
    externalId: account.id,
    iban: null,
    number: null,
    bankId: account.org?.domain ?? account.org?.id ?? account.conn_id ?? null,
    name: [account.org?.name, account.name].filter(Boolean).join(" — ") || null,
    type: guessType(account.name ?? ""),
    // A custom currency is a URL in the protocol: we cannot value it, so it stays unknown.
    currency: normalizeCurrency(account.currency),
    balance: mapBalance(account, "balance", warnings),
    availableBalance: mapBalance(account, "available-balance", warnings),
  };
}

function guessType(name: string): ApiAccount["type"] {
  if (/credit|card|visa|mastercard|amex/i.test(name)) return "card";
  if (/saving/i.test(name)) return "savings";
  if (/loan|mortgage/i.test(name)) return "loan";
  if (/brokerage|invest|401k|ira\b/i.test(name)) return "investment";
  return "checking";
}

/** Pending rows have posted = 0: their day is when the purchase happened (transacted_at), else the fetch day. */
export function mapTransaction(tx: SfinTransaction, currency: string | null, today: string, warnings: ParseWarning[]): NormalizedTransaction | null {
  const isPending = tx.pending === true || !tx.posted;
  const amount = toCanonicalAmount(tx.amount, currency, warnings, `transaction ${tx.id}`);
  if (amount === null) return null;
  const date = !isPending ? epochToDay(tx.posted) : tx.transacted_at ? epochToDay(tx.transacted_at) : today;
  return {
    externalId: String(tx.id),
    date,
    valueDate: null,
    amount,
    currency,
    label: (tx.description ?? "").trim() || (tx.payee ?? "").trim() || "(no description)",
    payee: tx.payee?.trim() || null,
    memo: tx.memo?.trim() || null,
    pending: isPending,
    checkNumber: null,
  };
}

/** v1 `errors` strings and v2 `errlist` entries, as warnings the user can read. */
export function collectErrors(set: SfinAccountSet): ParseWarning[] {
  const warnings: ParseWarning[] = (set.errors ?? []).map((message) => ({ message: String(message) }));
  for (const entry of set.errlist ?? []) {
    const text = `${entry.message ?? "Provider error"}${entry.code ? ` (${entry.code})` : ""}`;
    if (!warnings.some((w) => w.message === entry.message)) warnings.push({ element: entry.conn_id ?? undefined, message: text });
  }
  return warnings;
}

/** The Bridge says an account's bank connection needs the user (v1 text or v2 `con.auth` code). */
export function needsAttention(set: SfinAccountSet, account: SfinAccount | undefined): boolean {
  const authErrors = (set.errlist ?? []).filter((e) => e.code?.startsWith("con.auth") && (!account?.conn_id || e.conn_id === account.conn_id));
  return authErrors.length > 0 || (set.errors ?? []).some((e) => /may need attention|reauthenticat|re-authenticat/i.test(String(e)) && (!account?.org?.name || String(e).includes(account.org.name)));
}
