import { describe, expect, it } from "vitest";
import { assignExternalIds } from "../../../lib/import/assign-ids";
import { classifyRows, type ExistingRow } from "../../../lib/import/classify";
import { isDerivedId } from "../../../lib/import/derive-id";
import type { IncomingRow } from "../../../lib/import/statements";

let key = 0;
function row(date: string, amountMinor: bigint, rawLabel: string, extra: Partial<IncomingRow> = {}): IncomingRow {
  return {
    rowKey: `0:${key++}`, date, valueDate: null, amountMinor, currency: "EUR", originalAmountMinor: null, originalCurrency: null, rawLabel,
    payee: null, memo: null, checkNumber: null, bankCategory: null, isPending: false, sourceId: null, ...extra,
  };
}

function existing(id: string, date: string, amountMinor: bigint, rawLabel: string, extra: Partial<ExistingRow> = {}): ExistingRow {
  return { id, externalId: null, date, amountMinor, currency: "EUR", rawLabel, isPending: false, isDeleted: false, batchFormat: null, ...extra };
}

function classify(rows: IncomingRow[], rowsInDb: ExistingRow[], format = "csv") {
  const assigned = assignExternalIds(rows, "acc1");
  return { ids: assigned.ids, results: classifyRows(rows, assigned.ids, assigned.repeatedInFile, rowsInDb, format) };
}

describe("derived ids", () => {
  it("gives two identical coffees two ids, and the same two ids on every run", () => {
    const coffees = [row("2024-03-01", -250n, "CAFE DU COIN"), row("2024-03-01", -250n, "CAFE DU COIN")];
    const first = assignExternalIds(coffees, "acc1").ids;
    const second = assignExternalIds(coffees, "acc1").ids;
    expect(first[0]).not.toBe(first[1]);
    expect(second).toEqual(first);
    expect(first.every(isDerivedId)).toBe(true);
  });

  it("ignores case, accents and punctuation in labels but not the account, amount or day", () => {
    const [a] = assignExternalIds([row("2024-03-01", -250n, "Café du coin")], "acc1").ids;
    const [b] = assignExternalIds([row("2024-03-01", -250n, "CAFE DU COIN.")], "acc1").ids;
    const [c] = assignExternalIds([row("2024-03-01", -251n, "CAFE DU COIN")], "acc1").ids;
    const [d] = assignExternalIds([row("2024-03-01", -250n, "CAFE DU COIN")], "acc2").ids;
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    expect(d).not.toBe(a);
  });

  it("keeps the bank's id, flags a row repeated in the file, and suffixes an id reused for another transaction", () => {
    const rows = [
      row("2024-03-01", -100n, "A", { sourceId: "X1" }),
      row("2024-03-01", -100n, "A", { sourceId: "X1" }),
      row("2024-03-05", -900n, "B", { sourceId: "X1" }),
    ];
    const assigned = assignExternalIds(rows, "acc1");
    expect(assigned.ids).toEqual(["X1", "X1", "X1#2"]);
    expect(assigned.repeatedInFile.has(1)).toBe(true);
    expect(assigned.warnings).toHaveLength(1);
  });
});

describe("classifyRows", () => {
  it("marks exact id matches as duplicates, deleted ones included, and never as new", () => {
    const rows = [row("2024-03-01", -100n, "A", { sourceId: "F1" }), row("2024-03-02", -200n, "B", { sourceId: "F2" })];
    const { results } = classify(rows, [
      existing("t1", "2024-03-01", -100n, "A", { externalId: "F1" }),
      existing("t2", "2024-03-02", -200n, "B", { externalId: "F2", isDeleted: true }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["duplicate", "duplicate"]);
    expect(results[1]!.reason).toMatch(/Deleted earlier/);
    expect(results[1]!.matchedId).toBe("t2");
  });

  it("keeps two identical coffees as two new rows on a first import, and finds both on a re-import", () => {
    const coffees = [row("2024-03-01", -250n, "CAFE"), row("2024-03-01", -250n, "CAFE")];
    const first = classify(coffees, []);
    expect(first.results.map((r) => r.status)).toEqual(["new", "new"]);
    const stored = first.ids.map((id, i) => existing(`t${i}`, "2024-03-01", -250n, "CAFE", { externalId: id, batchFormat: "csv" }));
    expect(classify(coffees, stored).results.map((r) => r.status)).toEqual(["duplicate", "duplicate"]);
  });

  it("reports a look-alike (same amount, close date, similar label) as a possible duplicate with its reason", () => {
    const { results } = classify([row("2024-03-03", -4599n, "CB AMAZON PAYMENTS 02/03")], [existing("m1", "2024-03-02", -4599n, "Amazon payments")]);
    expect(results[0]!.status).toBe("possible_duplicate");
    expect(results[0]!.matchedId).toBe("m1");
    expect(results[0]!.reason).toMatch(/^Same amount .*\(1 day apart/);
  });

  it("does not flag a different amount or a date outside the window", () => {
    const { results } = classify(
      [row("2024-03-03", -4599n, "AMAZON"), row("2024-03-20", -1000n, "RENT")],
      [existing("m1", "2024-03-03", -4598n, "AMAZON"), existing("m2", "2024-03-10", -1000n, "RENT")],
    );
    expect(results.map((r) => r.status)).toEqual(["new", "new"]);
  });

  it("trusts two different bank ids from the same format: the bank says they are two transactions", () => {
    const { results } = classify([row("2024-03-01", -250n, "CAFE", { sourceId: "F2" })], [existing("t1", "2024-03-01", -250n, "CAFE", { externalId: "F1", batchFormat: "ofx" })], "ofx");
    expect(results[0]!.status).toBe("new");
    const crossFormat = classify([row("2024-03-01", -250n, "CAFE", { sourceId: "REF9" })], [existing("t1", "2024-03-01", -250n, "CAFE", { externalId: "F1", batchFormat: "ofx" })], "camt");
    expect(crossFormat.results[0]!.status).toBe("possible_duplicate");
  });

  it("matches each existing row once: two incoming look-alikes, one existing row", () => {
    const { results } = classify([row("2024-03-01", -250n, "CAFE"), row("2024-03-01", -250n, "CAFE")], [existing("m1", "2024-03-01", -250n, "CAFE")]);
    expect(results.map((r) => r.status).sort()).toEqual(["new", "possible_duplicate"]);
  });

  it("lets an exact match win over another row's fuzzy match", () => {
    const rows = [row("2024-03-01", -250n, "CAFE", { sourceId: "NEW" }), row("2024-03-01", -250n, "CAFE", { sourceId: "OLD" })];
    const { results } = classify(rows, [existing("t1", "2024-03-01", -250n, "CAFE", { externalId: "OLD", batchFormat: "camt" })], "ofx");
    expect(results[1]).toMatchObject({ status: "duplicate", matchedId: "t1" });
    expect(results[0]!.status).toBe("new");
  });

  it("replaces a pending row by its booked version (other id, slightly different amount), and says so", () => {
    const { results } = classify([row("2024-03-04", -5200n, "RESTAURANT LE ZINC PARIS")], [existing("p1", "2024-03-01", -4500n, "RESTAURANT LE ZINC", { isPending: true, externalId: "P1" })]);
    expect(results[0]).toMatchObject({ status: "new", replacesPendingId: "p1" });
    expect(results[0]!.reason).toMatch(/replaces it/);
  });

  it("replaces a pending row carrying the same id as the booked one", () => {
    const { results } = classify([row("2024-03-02", -4500n, "SHOP", { sourceId: "S1" })], [existing("p1", "2024-03-01", -4500n, "SHOP", { isPending: true, externalId: "S1" })]);
    expect(results[0]).toMatchObject({ status: "new", replacesPendingId: "p1", isSameIdAsPending: true });
  });

  it("treats a pending row whose booked version is already there as a duplicate", () => {
    const { results } = classify([row("2024-03-01", -4500n, "SHOP", { isPending: true, sourceId: "P9" })], [existing("b1", "2024-03-02", -4500n, "SHOP", { externalId: "B1", batchFormat: "camt" })], "ofx");
    expect(results[0]).toMatchObject({ status: "duplicate", matchedId: "b1" });
  });
});
