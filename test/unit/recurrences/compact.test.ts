import { describe, expect, it } from "vitest";
import { addDays, dayNumber } from "../../../lib/dates";
import { attachToSeries } from "../../../lib/insights/recurrences/attach";
import { clusterPositions } from "../../../lib/insights/recurrences/clusters";
import { addPackedRows, addRows, candidateSources, dayNumberAt, FIELD_SEP, integerAt, newCompactGroups, SOURCE_SEP, type RowSource } from "../../../lib/insights/recurrences/compact";
import { detectRecurrences } from "../../../lib/insights/recurrences/detect";
import { seriesKey, type KnownSeries, type RecurrenceTransaction } from "../../../lib/insights/recurrences/types";
import { mulberry32 as prng } from "../../../lib/random";

/** Three years of a household: subscriptions, a salary, rent, daily spending, same-key payee variants, a label-only payee. */
function household(seed: number): RecurrenceTransaction[] {
  const random = prng(seed);
  const rows: RecurrenceTransaction[] = [];
  let n = 0;
  const add = (accountId: string, date: string, amountMinor: bigint, payee: string | null, label: string) =>
    rows.push({ id: `t${n++}`, accountId, date, amountMinor, currency: accountId === "usd" ? "USD" : "EUR", payee, label, categoryId: String(400100 + (n % 7)) });
  for (let day = 0; day < 1096; day++) {
    const date = addDays("2022-01-01", day);
    const dom = Number(date.slice(8));
    if (dom === 5) add("checking", date, -120000n - BigInt(Math.floor(random() * 500)), "SCI du Parc", "PRLV LOYER");
    if (dom === 28) add("checking", date, 280000n + BigInt(Math.floor(random() * 40000)), "Acme", "VIR SALAIRE");
    if (dom === 12) add("card", date, day < 800 ? -1599n : -1799n, random() < 0.5 ? "Netflix" : " NETFLIX ", "CB NETFLIX");
    if (dom === 20) add("card", date, -4990n, null, "PRLV  SEPA   GYM CLUB");
    if (day % 7 === 2) add("usd", date, -500n, "Cleaner", "CLEANER");
    if (date.slice(5) === "03-15") add("checking", date, -36000n, "Assurance", "PRLV ASSUR");
    if (day > 900 && dom === 1) add("checking", date, -2999n, "\u00c9COLE", "PRLV ECOLE");
    for (let k = 0; k < 3; k++) add(random() < 0.5 ? "checking" : "card", date, -BigInt(300 + Math.floor(random() * 9000)), random() < 0.3 ? "Carrefour" : "Monoprix", "CB SHOP");
    if (random() < 0.05) add("checking", date, BigInt(100 + Math.floor(random() * 5000)), "Carrefour", "REMB CB");
  }
  return rows;
}

function pack(rows: readonly RecurrenceTransaction[]): string {
  return rows.map((r) => {
    const payee = r.payee ?? "";
    const label = /[A-Za-z0-9]/.test(payee) ? "" : r.label;
    return [[r.accountId, r.currency, payee, label].join(SOURCE_SEP), r.date, r.amountMinor.toString()].join(FIELD_SEP);
  }).join(FIELD_SEP);
}

/** What store.ts does: the compact pass picks groups, then the full-row functions run on those groups only. */
function viaCompact(rows: readonly RecurrenceTransaction[], known: readonly KnownSeries[], today: string) {
  const groups = newCompactGroups();
  const nonZero = rows.filter((r) => r.amountMinor !== 0n);
  expect(addPackedRows(groups, pack(nonZero), nonZero.length)).toBe(true);
  const sources = candidateSources(groups, known, today);
  const wanted = new Set(sources.map((s) => [s.accountId, s.currency, seriesKey({ payee: s.payee || null, label: s.label })].join("|")));
  const candidateRows = nonZero.filter((r) => wanted.has([r.accountId, r.currency, seriesKey(r)].join("|")));
  return { sources, ...whole(candidateRows, known, today) };
}

function whole(rows: readonly RecurrenceTransaction[], known: readonly KnownSeries[], today: string) {
  const attached = attachToSeries(rows, known);
  return { attached, detected: detectRecurrences(rows.filter((r) => !attached.has(r.id)), { today, known }) };
}

describe("the compact pass over a whole history", () => {
  it("finds exactly the series and attachments the full pass finds, reading only the groups that have some", () => {
    const rows = household(11);
    const today = "2024-12-31";
    const full = whole(rows, [], today);
    expect(full.detected.map((s) => s.payee).sort()).toEqual(["acme", "assurance", "cleaner", "netflix", "prlv sepa gym club", "sci du parc", "\u00e9cole"].sort());
    const compact = viaCompact(rows, [], today);
    expect(compact.detected).toEqual(full.detected);
    // Daily spending never reaches the full pass: only the recurring payees' sources are read.
    expect(compact.sources.some((s: RowSource) => s.payee === "Monoprix" || s.payee === "Carrefour")).toBe(false);
  });

  it("agrees with the full pass once series are stored: attachments, a dismissed look-alike, a user-edited amount", () => {
    const rows = household(23);
    const today = "2024-12-31";
    const first = whole(rows.filter((r) => r.date < "2024-06-01"), [], "2024-05-31");
    const known: KnownSeries[] = first.detected.map((s, i) => ({
      id: `r${i}`, accountId: s.accountId, payee: s.payee, currency: s.currency, amountMinor: s.amountMinor, amountToleranceMinor: s.amountToleranceMinor,
      intervalDays: s.intervalDays, lastDate: s.lastDate, nextDate: s.nextDate, state: i === 0 ? "dismissed" : i === 1 ? "confirmed" : "detected",
    }));
    known.push({ id: "manual", accountId: null, payee: "monoprix", currency: "EUR", amountMinor: -5000n, amountToleranceMinor: 500n, intervalDays: 30, lastDate: null, nextDate: null, state: "confirmed" });
    const taken = new Set(first.detected.flatMap((s) => s.transactionIds));
    const later = rows.filter((r) => !taken.has(r.id));
    const full = whole(later, known, today);
    const compact = viaCompact(later, known, today);
    expect(full.attached.size).toBeGreaterThan(0);
    expect([...compact.attached].sort()).toEqual([...full.attached].sort());
    expect(compact.detected).toEqual(full.detected);
  });

  it("reads packed rows exactly, and refuses (changing nothing) text a separator inside a payee makes ambiguous", () => {
    const rows: RecurrenceTransaction[] = [
      { id: "a", accountId: "acc", date: "2024-02-29", amountMinor: -1234567890123456789n, currency: "EUR", payee: "Big", label: "X", categoryId: "0" },
      { id: "b", accountId: "acc", date: "1999-12-31", amountMinor: 5n, currency: "EUR", payee: null, label: "  VIR  ", categoryId: "0" },
    ];
    const groups = newCompactGroups();
    expect(addPackedRows(groups, pack(rows), 2)).toBe(true);
    expect([...groups[1].values()]).toMatchObject([{ payee: "Big", label: "", days: [dayNumber("2024-02-29")], amountsMinor: [-1234567890123456789n] }]);
    expect([...groups[0].values()]).toMatchObject([{ payee: "", label: "  VIR  ", days: [dayNumber("1999-12-31")], amountsMinor: [5n] }]);

    const odd = [{ ...rows[0]!, payee: `A${FIELD_SEP}B` }];
    const untouched = newCompactGroups();
    expect(addPackedRows(untouched, pack([...rows, ...odd]), 3)).toBe(false);
    expect(addPackedRows(untouched, pack([{ ...rows[1]!, payee: `${SOURCE_SEP}` }]), 1)).toBe(false);
    expect(addPackedRows(untouched, pack([{ ...rows[1]!, date: "2024-13-01" }]), 1)).toBe(false);
    expect(untouched[0].size + untouched[1].size).toBe(0);
    // The fallback reads such rows as objects into the same groups.
    addRows(untouched, odd);
    expect([...untouched[1].values()]).toMatchObject([{ payee: `A${FIELD_SEP}B`, amountsMinor: [-1234567890123456789n] }]);
  });

  it("computes day numbers and integers from character codes like lib/dates and BigInt", () => {
    for (let day = -800; day < 80_000; day += 37) {
      const iso = addDays("1970-01-01", day);
      expect(dayNumberAt(`x${iso}`, 1)).toBe(day);
    }
    expect(dayNumberAt("2024-1-01x", 0)).toBeNaN();
    for (const text of ["0", "-1", "999999999999999", "-999999999999999", "9007199254740993", "-123456789012345678901"]) {
      expect(integerAt(`|${text}|`, 1, text.length + 1)).toBe(BigInt(text));
    }
    expect(integerAt("12a", 0, 3)).toBeNull();
    expect(integerAt("-", 0, 1)).toBeNull();
  });

  it("clusters amounts beyond the packed native sort (≥ 2^32 minor units) exactly as small ones", () => {
    const days = [1, 2, 3, 4, 5, 6];
    const small = [-3000n, -1000n, -1050n, -9000n, -1000n, -1101n];
    expect(clusterPositions({ days, amountsMinor: small })).toEqual([[1, 4, 2, 5], [0], [3]]);
    expect(clusterPositions({ days, amountsMinor: small.map((a) => a * 2n ** 40n) })).toEqual([[1, 4, 2, 5], [0], [3]]);
    expect(clusterPositions({ days: [1, 2, 3, 4], amountsMinor: [-(2n ** 33n), -5n, -(2n ** 33n), -7n] })).toEqual([[1, 3], [0, 2]]);
    expect(clusterPositions({ days, amountsMinor: small }, [0, 3, 5])).toEqual([[5], [0], [3]]);
  });
});
