/**
 * What each column's sample values look like (dates, amounts, indicator tokens, currency codes, free text): the
 * evidence behind content-based column detection and behind confirming what a header claims.
 */
import { isCurrencyCode, parseAmount } from "../../../money";
import { parseDay } from "./dates";
import { indicatorDirection } from "./vocabulary";

export interface ColumnStats {
  index: number;
  nonEmpty: number;
  /** Shares are of the non-empty values. */
  dateShare: number;
  amountShare: number;
  /** Non-zero amount values written with a decimal part ("12,30", "4.5"); a bare "0" votes neither way. */
  decimalShare: number;
  negativeShare: number;
  currencyShare: number;
  indicatorShare: number;
  /** Values shaped like an identifier: one word ("tx_00A1B2", "320263280123456789", "CARD-1234", "MST")... */
  wordShare: number;
  /** ...holding a digit. */
  idShare: number;
  distinct: number;
  averageLength: number;
  /** Unsigned integers only ("2754", "51392971"): codes and ids more often than amounts. */
  isIntegerOnly: boolean;
  isConstant: boolean;
  /** Distinct values (up to 8), for indicator columns. */
  values: string[];
}

const DECIMAL_TAIL = /[.,]\d{1,3}\)?\s*[A-Za-z€£$]*$/;
// Letters allowed in an amount cell: a currency code or CR/DR before or after the number ("EUR 12,30", "12.30 CR").
// Anything else with letters (an IBAN "NL00ASNB…", a code "T1") is not an amount even if parseAmount would strip them.
const EDGE_LETTERS = /^([A-Za-z]*)[^A-Za-z]*?([A-Za-z]*)$/;
const WHITESPACE = /\s/;
const DIGIT = /\d/;
const SIGN_WORDS = new Set(["CR", "DR", "CRD", "DBT"]);

function isAmountText(value: string): boolean {
  const match = EDGE_LETTERS.exec(value);
  if (!match) return false;
  const [, before = "", after = ""] = match;
  return [before, after].every((word) => word === "" || isCurrencyCode(word.toUpperCase()) || SIGN_WORDS.has(word.toUpperCase()));
}

export function columnStats(rows: readonly (readonly string[])[], index: number): ColumnStats {
  let nonEmpty = 0;
  let dates = 0;
  let amounts = 0;
  let decimals = 0;
  let zeros = 0;
  let negatives = 0;
  let currencies = 0;
  let indicators = 0;
  let ids = 0;
  let words = 0;
  let totalLength = 0;
  let integerOnly = true;
  const distinct = new Set<string>();
  for (const row of rows) {
    const value = row[index] ?? "";
    if (value === "") continue;
    nonEmpty++;
    totalLength += value.length;
    if (distinct.size < 1000) distinct.add(value);
    if (!WHITESPACE.test(value)) {
      words++;
      if (DIGIT.test(value)) ids++;
    }
    if (value.length <= 32 && (parseDay(value, "DMY") || parseDay(value, "YMD") || parseDay(value, "MDY"))) {
      dates++;
      continue;
    }
    if (isCurrencyCode(value.toUpperCase()) && value.length === 3) currencies++;
    if (indicatorDirection(value)) indicators++;
    const amount = value.length <= 40 && isAmountText(value) ? parseAmount(value) : null;
    if (amount === null) {
      integerOnly = false;
      continue;
    }
    amounts++;
    if (!/[1-9]/.test(amount)) zeros++;
    else if (DECIMAL_TAIL.test(value)) decimals++;
    if (amount.startsWith("-")) negatives++;
    if (!/^\d+$/.test(value)) integerOnly = false;
  }
  const share = (count: number) => (nonEmpty ? count / nonEmpty : 0);
  return {
    index,
    nonEmpty,
    dateShare: share(dates),
    amountShare: share(amounts),
    decimalShare: amounts > zeros ? decimals / (amounts - zeros) : 0,
    negativeShare: amounts ? negatives / amounts : 0,
    currencyShare: share(currencies),
    indicatorShare: share(indicators),
    wordShare: share(words),
    idShare: share(ids),
    distinct: distinct.size,
    averageLength: nonEmpty ? totalLength / nonEmpty : 0,
    isIntegerOnly: amounts > 0 && integerOnly,
    isConstant: nonEmpty >= 3 && distinct.size === 1,
    values: [...distinct].slice(0, 8),
  };
}

export function allColumnStats(rows: readonly (readonly string[])[], width: number): ColumnStats[] {
  return Array.from({ length: width }, (_, index) => columnStats(rows, index));
}
