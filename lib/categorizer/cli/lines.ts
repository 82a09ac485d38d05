/**
 * The `tirelire categorize --json` line protocol (DESIGN.md): in `{ "label", "amount", "date" }` (+
 * `"categoryId"` for a correction with --learn; optional "currency", "accountId", "bankCategory"), out
 * `{ "categoryId", "source", "confidence" }`. Pure: parsing and formatting only.
 */
import { AppError } from "../../errors";
import { currencyExponent, parseAmount } from "../../money";
import type { CategorizeInput, CategorizeResult } from "../index";

export interface CategorizeLine {
  input: CategorizeInput;
  /** The user's category when the line is a correction. */
  categoryId: string | null;
}

function fail(lineNumber: number, message: string): never {
  throw new AppError("INVALID_INPUT", `line ${lineNumber}: ${message}`);
}

/** Amounts only drive the sign and size features here, so extra decimals are truncated rather than refused. */
function toMinorLoose(canonical: string, currency: string): bigint {
  let exponent = 2;
  try {
    exponent = currencyExponent(currency);
  } catch {
    exponent = 2;
  }
  const [whole = "0", fraction = ""] = canonical.replace("-", "").split(".");
  const magnitude = BigInt(whole + fraction.slice(0, exponent).padEnd(exponent, "0"));
  return canonical.startsWith("-") ? -magnitude : magnitude;
}

function readAmount(value: unknown, lineNumber: number, currency: string): bigint {
  if (value === undefined || value === null || value === "") return 0n;
  // Numbers are tolerated: their shortest decimal text is what the producer meant.
  const text = typeof value === "number" && Number.isFinite(value) ? String(value) : typeof value === "string" ? value : null;
  const canonical = text === null ? null : parseAmount(/e/i.test(text) ? Number(text).toFixed(6) : text);
  if (canonical === null) fail(lineNumber, `"amount" is not an amount: ${JSON.stringify(value)}`);
  return toMinorLoose(canonical, currency);
}

export function parseCategorizeLine(text: string, lineNumber: number): CategorizeLine {
  let value: unknown;
  try {
    // A byte-order mark on the first line (files saved by spreadsheet tools) is not part of the JSON.
    value = JSON.parse(lineNumber === 1 ? text.replace(/^\uFEFF/, "") : text);
  } catch {
    fail(lineNumber, "not a JSON object");
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) fail(lineNumber, "not a JSON object");
  const record = value as Record<string, unknown>;
  const label = record.label ?? record.rawLabel;
  if (typeof label !== "string") fail(lineNumber, `"label" must be a string`);
  const currency = typeof record.currency === "string" && /^[A-Za-z]{3}$/.test(record.currency) ? record.currency.toUpperCase() : "EUR";
  const categoryId = record.categoryId === undefined || record.categoryId === null ? null : String(record.categoryId);
  return {
    input: {
      rawLabel: label,
      amountMinor: readAmount(record.amount, lineNumber, currency),
      currency,
      date: typeof record.date === "string" ? record.date : "",
      accountId: typeof record.accountId === "string" ? record.accountId : null,
      bankCategory: typeof record.bankCategory === "string" ? record.bankCategory : null,
    },
    categoryId: categoryId && categoryId.trim() ? categoryId.trim() : null,
  };
}

export function formatCategorizeResult(result: CategorizeResult): string {
  return JSON.stringify({ categoryId: result.categoryId, source: result.categorySource, confidence: result.categoryConfidence });
}
