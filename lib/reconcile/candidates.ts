/**
 * Candidate edges: for one search (a bill's debit or credit), every transaction passing Cozy's filters
 * (amount range, date window, health category, reimbursement room, label regex), with its weight.
 * Transactions are indexed once, sorted by (amount, day): a search is a binary search on the amount range
 * plus a scan of that range, so 100k searches over 1M transactions stay fast.
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
  labels: string[];
  compactLabel: string;
  isHealth: boolean;
}

export interface TransactionIndex {
  sorted: IndexedTransaction[];
}

export function indexTransactions(transactions: readonly MatchTransaction[]): TransactionIndex {
  const sorted = transactions.map((tx) => {
    const text = tx.rawLabel && tx.rawLabel !== tx.label ? `${tx.label} ${tx.rawLabel}` : tx.label;
    const lower = text.toLowerCase();
    const folded = lower.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    return {
      tx,
      day: dayNumber(tx.realisationDate ?? tx.date),
      labels: folded === lower ? [lower] : [lower, folded],
      compactLabel: compactReference(text),
      isHealth: isHealthTransaction(tx.categoryId, tx.amountMinor),
    };
  });
  sorted.sort((a, b) => (a.tx.amountMinor < b.tx.amountMinor ? -1 : a.tx.amountMinor > b.tx.amountMinor ? 1 : a.day - b.day));
  return { sorted };
}

function lowerBound(sorted: IndexedTransaction[], amountMinor: bigint): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.tx.amountMinor < amountMinor) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
  const isHealth = isHealthBill(bill);
  const out: Candidate[] = [];
  const sorted = index.sorted;
  for (let i = lowerBound(sorted, spec.minMinor); i < sorted.length; i++) {
    const candidate = sorted[i]!;
    const { tx } = candidate;
    if (tx.amountMinor > spec.maxMinor) break;
    if (candidate.day < spec.fromDay || candidate.day > spec.toDay) continue;
    if (tx.currency !== bill.currency) continue;
    if (candidate.isHealth !== isHealth) continue;
    const isLabelMatch = regex !== null && candidate.labels.some((label) => regex.test(label));
    const hasStrongReference = references.some((ref) => candidate.compactLabel.includes(ref));
    if (spec.isLabelRequired && !isLabelMatch && !hasStrongReference) continue;
    if (!search.accepts(candidate)) continue;
    out.push({ candidate, weight: edgeWeight(spec, candidate.day, tx.amountMinor, isLabelMatch, hasStrongReference) });
  }
  return out;
}
