/** Shared helpers for the OFX and QIF tests: parse a fixture in place, sum amounts exactly. */
import Decimal from "decimal.js";
import { readFixture } from "../../../helpers/fixtures";
import { mulberry32 } from "../../../../lib/random";
import type { FileAggregator, NormalizedStatement, ParseResult } from "../../../../lib/aggregators/types";

export function parseFixture(aggregator: FileAggregator, relative: string): ParseResult {
  return aggregator.parse(readFixture(relative));
}

/** Exact sum of canonical amounts (Decimal, no floats), as a canonical string with two decimals. */
export function sumAmounts(statements: NormalizedStatement[]): string {
  let total = new Decimal(0);
  for (const statement of statements) for (const t of statement.transactions) total = total.plus(t.amount);
  return total.toFixed(2);
}

export function transactionCount(statements: NormalizedStatement[]): number {
  return statements.reduce((n, s) => n + s.transactions.length, 0);
}

export function warningText(result: ParseResult): string {
  return result.warnings.map((w) => w.message).join("\n");
}

/** Every amount is canonical: optional "-", digits, "." and the fraction; no grouping, no "+". */
export const CANONICAL_AMOUNT = /^-?\d+\.\d+$/;

/** The shared seeded PRNG (lib/random.ts) so fuzz failures replay. */
export const seededRandom = mulberry32;

/** One random mutation of a file: byte flips, a cut, a deleted or duplicated slice, inserted markup bytes. */
export function mutate(bytes: Uint8Array, random: () => number): Uint8Array {
  const at = (limit: number) => Math.floor(random() * Math.max(1, limit));
  const copy = new Uint8Array(bytes);
  switch (at(5)) {
    case 0:
      for (let i = 0, n = 1 + at(8); i < n; i++) copy[at(copy.length)] = at(256);
      return copy;
    case 1:
      return copy.slice(0, at(copy.length));
    case 2: {
      const start = at(copy.length);
      return new Uint8Array([...copy.slice(0, start), ...copy.slice(start + at(200))]);
    }
    case 3: {
      const start = at(copy.length);
      const slice = copy.slice(start, start + at(400));
      return new Uint8Array([...copy.slice(0, start), ...slice, ...slice, ...copy.slice(start)]);
    }
    default: {
      const noise = new TextEncoder().encode(["<", ">", "</STMTTRN>", "<STMTTRN>", "&", "^", "!Type:Bank\n", "D31/02/20\n", "\u0000", "]]>"][at(10)]);
      const start = at(copy.length);
      return new Uint8Array([...copy.slice(0, start), ...noise, ...copy.slice(start)]);
    }
  }
}
