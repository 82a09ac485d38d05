/**
 * Candidate edges: for one search (a bill's debit or credit), every transaction passing Cozy's filters
 * (amount range, date window, health category, label regex; reimbursement room and capacity through
 * `accepts`), with its weight. Transactions are indexed once, health and ordinary apart (a search only ever
 * looks at one side): by exact amount (a Map: the default criteria), by (amount, day) and by day. A ranged search
 * binary-searches its amount range and its date window and scans the smaller, so 100k searches over 1M
 * transactions stay fast, and so do the wide amount ranges of combinations.
 */
import { AppError } from "../errors";
import { dayNumber } from "../dates";
import { isHealthBill, isHealthTransaction, type SearchSpec } from "./criteria";
import { compactReference, edgeWeight } from "./score";
import type { MatchBill, MatchTransaction } from "./types";

export interface IndexedTransaction {
  tx: MatchTransaction;
  /** realisationDate || date, as a day number. */
  day: number;
  /** Label (+ raw label), and its accent-folded form when it differs; computed on first use. */
  labels: string[] | null;
  /** Upper-case alphanumerics of the label, for references; computed on first use. */
  compactLabel: string | null;
  isHealth: boolean;
}

interface Side {
  items: IndexedTransaction[];
  byExactAmount: Map<bigint, IndexedTransaction[]>;
  /** Sorted on first ranged search: most runs (exact amounts) never need them. */
  byAmount: IndexedTransaction[] | null;
  byDay: IndexedTransaction[] | null;
}

export interface TransactionIndex {
  /** [0] ordinary transactions, [1] health ones. */
  sides: [Side, Side];
}

const NON_ASCII = /[\u0080-\uffff]/;

/** Days repeat a lot (a few thousand distinct ones for a million rows): parse each once. */
function makeDayCache(): (iso: string) => number {
  const cache = new Map<string, number>();
  return (iso) => {
    let day = cache.get(iso);
    if (day === undefined) cache.set(iso, (day = dayNumber(iso)));
    return day;
  };
}

export const sharedDayNumber = makeDayCache();

function makeSide(items: IndexedTransaction[]): Side {
  const byExactAmount = new Map<bigint, IndexedTransaction[]>();
  for (const item of items) {
    const list = byExactAmount.get(item.tx.amountMinor);
    if (list) list.push(item);
    else byExactAmount.set(item.tx.amountMinor, [item]);
  }
  return { items, byExactAmount, byAmount: null, byDay: null };
}

function byAmountOf(side: Side): IndexedTransaction[] {
  side.byAmount ??= [...side.items].sort((a, b) => (a.tx.amountMinor < b.tx.amountMinor ? -1 : a.tx.amountMinor > b.tx.amountMinor ? 1 : a.day - b.day));
  return side.byAmount;
}

function byDayOf(side: Side): IndexedTransaction[] {
  side.byDay ??= [...side.items].sort((a, b) => a.day - b.day);
  return side.byDay;
}

export function indexTransactions(transactions: readonly MatchTransaction[]): TransactionIndex {
  const ordinary: IndexedTransaction[] = [];
  const health: IndexedTransaction[] = [];
  for (const tx of transactions) {
    const isHealth = isHealthTransaction(tx.categoryId, tx.amountMinor);
    (isHealth ? health : ordinary).push({ tx, day: sharedDayNumber(tx.realisationDate ?? tx.date), labels: null, compactLabel: null, isHealth });
  }
  return { sides: [makeSide(ordinary), makeSide(health)] };
}

/** Regexes are case-insensitive: the label as is, plus its accent-folded form ("électricité" → "electricite"). */
function labelsOf(candidate: IndexedTransaction): string[] {
  if (candidate.labels === null) {
    const { label, rawLabel } = candidate.tx;
    const text = rawLabel && rawLabel !== label ? `${label} ${rawLabel}` : label;
    candidate.labels = NON_ASCII.test(text) ? [text, text.normalize("NFD").replace(/[\u0300-\u036f]/g, "")] : [text];
  }
  return candidate.labels;
}

function compactLabelOf(candidate: IndexedTransaction): string {
  if (candidate.compactLabel === null) {
    const { label, rawLabel } = candidate.tx;
    candidate.compactLabel = compactReference(rawLabel && rawLabel !== label ? `${label} ${rawLabel}` : label);
  }
  return candidate.compactLabel;
}

function amountLowerBound(items: readonly IndexedTransaction[], amountMinor: bigint, isInclusive: boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const value = items[mid]!.tx.amountMinor;
    if (value < amountMinor || (!isInclusive && value === amountMinor)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function dayLowerBound(items: readonly IndexedTransaction[], day: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const EMPTY: IndexedTransaction[] = [];

/** The slice to scan: the exact amount's list, the amount range or the date window, whichever is smallest. */
function scanRange(side: Side, spec: SearchSpec): { items: readonly IndexedTransaction[]; from: number; to: number } {
  if (spec.minMinor === spec.maxMinor) {
    const items = side.byExactAmount.get(spec.minMinor) ?? EMPTY;
    return { items, from: 0, to: items.length };
  }
  const byAmount = byAmountOf(side);
  const amountFrom = amountLowerBound(byAmount, spec.minMinor, true);
  const amountTo = amountLowerBound(byAmount, spec.maxMinor, false);
  if (amountTo - amountFrom < 64) return { items: byAmount, from: amountFrom, to: amountTo };
  const byDay = byDayOf(side);
  const dayFrom = dayLowerBound(byDay, spec.fromDay);
  const dayTo = dayLowerBound(byDay, spec.toDay + 1);
  return dayTo - dayFrom < amountTo - amountFrom ? { items: byDay, from: dayFrom, to: dayTo } : { items: byAmount, from: amountFrom, to: amountTo };
}

const regexCache = new Map<string, RegExp>();

export function compileBillRegex(source: string | null, billId: string): RegExp | null {
  if (source === null) return null;
  let regex = regexCache.get(source);
  if (!regex) {
    try {
      regex = new RegExp(source, "i");
    } catch {
      throw new AppError("INVALID_INPUT", `Bill ${billId}: matchingCriterias.labelRegex "${source}" is not a valid regular expression`);
    }
    if (regexCache.size > 10_000) regexCache.clear();
    regexCache.set(source, regex);
  }
  return regex;
}

export interface SearchContext {
  bill: MatchBill;
  spec: SearchSpec;
  kind: "debit" | "credit";
  regex: RegExp | null;
  references: readonly string[];
  /** Extra per-transaction conditions: reimbursement room, capacity, rejections (see ledger.ts). */
  accepts: (candidate: IndexedTransaction) => boolean;
}

export interface Candidate {
  candidate: IndexedTransaction;
  weight: number;
}

export function findCandidates(index: TransactionIndex, search: SearchContext): Candidate[] {
  const { bill, spec, regex, references } = search;
  const out: Candidate[] = [];
  const { items, from, to } = scanRange(index.sides[isHealthBill(bill) ? 1 : 0], spec);
  for (let i = from; i < to; i++) {
    const candidate = items[i]!;
    const { tx } = candidate;
    if (candidate.day < spec.fromDay || candidate.day > spec.toDay) continue;
    if (tx.amountMinor < spec.minMinor || tx.amountMinor > spec.maxMinor) continue;
    if (tx.currency !== bill.currency) continue;
    if (!search.accepts(candidate)) continue;
    const isLabelMatch = regex !== null && labelsOf(candidate).some((label) => regex.test(label));
    const hasStrongReference = references.length > 0 && references.some((ref) => compactLabelOf(candidate).includes(ref));
    if (spec.isLabelRequired && !isLabelMatch && !hasStrongReference) continue;
    out.push({ candidate, weight: edgeWeight(spec, candidate.day, tx.amountMinor, isLabelMatch, hasStrongReference) });
  }
  return out;
}
