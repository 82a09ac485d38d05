import { expect } from "vitest";
import Decimal from "decimal.js";
import type { NormalizedStatement, ParseResult } from "@/lib/aggregators/types";
import { readFixture } from "../../../helpers/fixtures";
import { parseCsv } from "@/lib/aggregators/file/csv";

export function parseFixture(name: string, options: Parameters<typeof parseCsv>[1] = {}): { result: ParseResult; statement: NormalizedStatement } {
  const result = parseCsv(readFixture(`csv/${name}`), options);
  expect(result.format).toBe("csv");
  expect(result.statements).toHaveLength(1);
  return { result, statement: result.statements[0]! };
}

/** Exact sum of canonical decimal strings (decimal.js, independent of the code under test). */
export function sumOf(amounts: readonly string[]): string {
  return amounts.reduce((total, amount) => total.plus(amount), new Decimal(0)).toFixed(2);
}

export function amounts(statement: NormalizedStatement): string[] {
  return statement.transactions.map((t) => t.amount);
}

export const CANONICAL_AMOUNT = /^-?\d+(\.\d+)?$/;
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
