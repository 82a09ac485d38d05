/**
 * The first, compact pass over a whole history, pure: which payee groups could attach a row to a known series
 * or form a new one? Rows arrive as packed text (currency, payee, label, date, amount; no id, no object per row),
 * and the decisions are the very ones of attach.ts and detect.ts (clusters.ts), so a group they skip is a group
 * the full pass would have found nothing in. Only the candidate groups are then read in full (store.ts).
 */
import { dayNumber } from "../../dates";
import { bestSeries } from "./attach";
import { clusterPositions, MIN_OCCURRENCES, seriesOfCluster } from "./clusters";
import { indexKnown, isKnown } from "./detect";
import { seriesKey, type KnownSeries } from "./types";

/** Separates the rows' fields (source, date, amount) and the rows; the source's parts are joined by SOURCE_SEP. */
export const FIELD_SEP = "\u001f";
export const SOURCE_SEP = "\u001e";

/** The raw grouping source of rows: what seriesKey reads (label only when the payee has no ASCII letter or digit). */
export interface RowSource {
  accountId: string;
  currency: string;
  /** "" when null. */
  payee: string;
  /** "" when the payee alone decides the key. */
  label: string;
}

/** A source whose rows must be read in full, with its direction and the days its rows fall on. */
export interface CandidateSource extends RowSource {
  isDebit: boolean;
  days: readonly number[];
}

export interface CompactGroup extends RowSource {
  isDebit: boolean;
  days: number[];
  amountsMinor: bigint[];
}

/** A household's compact groups: credits then debits, each by packed source text. */
export type CompactGroups = [Map<string, CompactGroup>, Map<string, CompactGroup>];

export function newCompactGroups(): CompactGroups {
  return [new Map(), new Map()];
}

function groupOf(groups: CompactGroups, source: string, isDebit: boolean): CompactGroup | null {
  const byDirection = groups[isDebit ? 1 : 0];
  let group = byDirection.get(source);
  if (!group) {
    const parts = source.split(SOURCE_SEP);
    if (parts.length !== 4) return null;
    const [accountId, currency, payee, label] = parts as [string, string, string, string];
    byDirection.set(source, (group = { accountId, currency, payee, label, isDebit, days: [], amountsMinor: [] }));
  }
  return group;
}

const ZERO = 48;

function digitAt(text: string, at: number): number {
  const d = text.charCodeAt(at) - ZERO;
  return d >= 0 && d <= 9 ? d : NaN;
}

/** The day number of the "YYYY-MM-DD" at `at`, from its character codes (no substring, no Date); NaN if malformed. */
export function dayNumberAt(text: string, at: number): number {
  if (text.charCodeAt(at + 4) !== 45 || text.charCodeAt(at + 7) !== 45) return NaN;
  let year = digitAt(text, at) * 1000 + digitAt(text, at + 1) * 100 + digitAt(text, at + 2) * 10 + digitAt(text, at + 3);
  const month = digitAt(text, at + 5) * 10 + digitAt(text, at + 6);
  const day = digitAt(text, at + 8) * 10 + digitAt(text, at + 9);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return NaN;
  // Days from the civil calendar (H. Hinnant's algorithm), the same numbers as lib/dates dayNumber.
  if (month <= 2) year -= 1;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

/**
 * The integer written in text[from, to) ("-" then digits), exact: digits accumulate in a double only while
 * they stay below 2^53 (15 digits), longer ones go through BigInt's own parser. Null if not an integer.
 */
export function integerAt(text: string, from: number, to: number): bigint | null {
  const isNegative = text.charCodeAt(from) === 45;
  const start = isNegative ? from + 1 : from;
  if (start >= to) return null;
  if (to - start > 15) return /^-?\d+$/.test(text.slice(from, to)) ? BigInt(text.slice(from, to)) : null;
  let value = 0;
  for (let i = start; i < to; i++) {
    const d = digitAt(text, i);
    if (Number.isNaN(d)) return null;
    value = value * 10 + d;
  }
  return BigInt(isNegative ? -value : value);
}

/**
 * Adds `count` packed rows ("source␟date␟amount", joined by ␟; the source is account␞currency␞payee␞label).
 * False, adding nothing, when the text is not exactly that (a separator inside a payee or label, a malformed
 * date): read those rows as objects instead (addRows).
 */
export function addPackedRows(groups: CompactGroups, packed: string, count: number): boolean {
  // Into fresh groups first: a bad row found halfway must leave `groups` untouched.
  const chunk = newCompactGroups();
  let at = 0;
  for (let row = 0; row < count; row++) {
    const sourceEnd = packed.indexOf(FIELD_SEP, at);
    const dateAt = sourceEnd + 1;
    const amountAt = dateAt + 11;
    if (sourceEnd < 0 || packed.charCodeAt(amountAt - 1) !== 0x1f) return false;
    const day = dayNumberAt(packed, dateAt);
    const next = row === count - 1 ? packed.length : packed.indexOf(FIELD_SEP, amountAt);
    if (Number.isNaN(day) || next < 0) return false;
    const amountMinor = integerAt(packed, amountAt, next);
    if (amountMinor === null) return false;
    const group = groupOf(chunk, packed.slice(at, sourceEnd), amountMinor < 0n);
    if (!group) return false;
    group.days.push(day);
    group.amountsMinor.push(amountMinor);
    at = next + 1;
  }
  if (at !== packed.length + 1) return false;
  for (const [direction, byDirection] of chunk.entries()) {
    for (const [source, part] of byDirection) {
      const group = groups[direction as 0 | 1].get(source);
      if (!group) groups[direction as 0 | 1].set(source, part);
      else {
        for (const day of part.days) group.days.push(day);
        for (const amount of part.amountsMinor) group.amountsMinor.push(amount);
      }
    }
  }
  return true;
}

/** The same as addPackedRows for rows read as objects (the fallback when packing is ambiguous). */
export function addRows(groups: CompactGroups, rows: readonly { accountId: string; currency: string; payee: string | null; label: string; date: string; amountMinor: bigint }[]): void {
  for (const row of rows) {
    if (row.amountMinor === 0n) continue;
    const payee = row.payee ?? "";
    const label = /[A-Za-z0-9]/.test(payee) ? "" : row.label;
    const isDebit = row.amountMinor < 0n;
    const byDirection = groups[isDebit ? 1 : 0];
    const source = [row.accountId, row.currency, payee, label].join(SOURCE_SEP);
    let group = byDirection.get(source);
    if (!group) byDirection.set(source, (group = { accountId: row.accountId, currency: row.currency, payee, label, isDebit, days: [], amountsMinor: [] }));
    group.days.push(dayNumber(row.date));
    group.amountsMinor.push(row.amountMinor);
  }
}

/**
 * The sources whose rows must be read in full: their merged group (account, currency, direction, series key)
 * has a row a known series takes, or a cluster that forms a series not known yet.
 */
export function candidateSources(groups: CompactGroups, known: readonly KnownSeries[], today: string): CandidateSource[] {
  const knownByKey = indexKnown(known);
  const candidates: CandidateSource[] = [];
  for (const byDirection of groups) {
    // Several raw sources can share one key ("Netflix", " NETFLIX "): merge them as detectRecurrences does.
    const merged = new Map<string, CompactGroup[]>();
    for (const group of byDirection.values()) {
      const key = [group.accountId, group.currency, seriesKey({ payee: group.payee || null, label: group.label })].join(SOURCE_SEP);
      const list = merged.get(key);
      if (list) list.push(group);
      else merged.set(key, [group]);
    }
    for (const sources of merged.values()) {
      if (isCandidate(sources, knownByKey, today)) candidates.push(...sources.map(({ accountId, currency, payee, label, isDebit, days }) => ({ accountId, currency, payee, label, isDebit, days })));
    }
  }
  return candidates;
}

function isCandidate(sources: readonly CompactGroup[], knownByKey: ReadonlyMap<string, readonly KnownSeries[]>, today: string): boolean {
  const first = sources[0]!;
  const key = seriesKey({ payee: first.payee || null, label: first.label });
  const columns = sources.length === 1 ? first : { days: sources.flatMap((s) => s.days), amountsMinor: sources.flatMap((s) => s.amountsMinor) };
  const candidates = knownByKey.get(key) ?? [];
  let free: number[] | undefined;
  if (candidates.length > 0) {
    free = [];
    for (let i = 0; i < columns.amountsMinor.length; i++) {
      if (bestSeries(candidates, first.accountId, first.currency, key, columns.amountsMinor[i]!)) return true;
      free.push(i);
    }
  }
  if ((free?.length ?? columns.amountsMinor.length) < MIN_OCCURRENCES) return false;
  for (const cluster of clusterPositions(columns, free)) {
    const series = seriesOfCluster(columns, cluster, today);
    if (series && !isKnown(knownByKey, first.accountId, first.currency, key, columns.amountsMinor[series.latest]!)) return true;
  }
  return false;
}
