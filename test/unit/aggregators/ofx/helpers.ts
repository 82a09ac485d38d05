/** Shared helpers for the OFX and QIF tests: parse a fixture in place, sum amounts exactly. */
import Decimal from "decimal.js";
import { readFixture } from "../../../helpers/fixtures";
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
