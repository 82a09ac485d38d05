/**
 * The amount layout of an export: one signed column, a debit/credit pair, or an unsigned amount plus a D/C-like
 * indicator column; plus the inverted-sign heuristic for card exports (documented at hasInvertedSigns).
 */
import { parseAmount, toMinor } from "../../../money";
import type { ColumnStats } from "./columnStats";
import type { ColumnMapping } from "./columns";
import type { AmountLayout } from "./profile";
import { indicatorDirection } from "./vocabulary";

export interface AmountGuess {
  layout: AmountLayout;
  balance: number | null;
  invertSign: boolean;
  issues: string[];
}

type Rows = readonly (readonly string[])[];

export function detectAmountLayout(mapping: ColumnMapping, stats: readonly ColumnStats[], rows: Rows, hasHeader: boolean): AmountGuess | null {
  const issues: string[] = [];
  if (mapping.amount !== null) return fromAmountColumn(mapping.amount, mapping, stats, rows, mapping.balance, issues);
  if (mapping.debit !== null && mapping.credit !== null) {
    return { layout: { kind: "debitCredit", debit: mapping.debit, credit: mapping.credit }, balance: mapping.balance, invertSign: false, issues };
  }
  const lone = mapping.debit ?? mapping.credit;
  if (lone !== null) {
    issues.push(`Only a ${mapping.debit !== null ? "debit" : "credit"} column was found: its amounts are read as signed.`);
    return { layout: { kind: "signed", column: lone }, balance: mapping.balance, invertSign: false, issues };
  }
  return fromContent(mapping, stats, rows, issues, hasHeader);
}

function fromAmountColumn(column: number, mapping: ColumnMapping, stats: readonly ColumnStats[], rows: Rows, balance: number | null, issues: string[]): AmountGuess {
  const amountStats = stats[column]!;
  if (mapping.indicator !== null && amountStats.negativeShare === 0) {
    return { layout: { kind: "indicator", column, indicatorColumn: mapping.indicator, debitValues: debitValuesOf(rows, mapping.indicator) }, balance, invertSign: false, issues };
  }
  const invertSign = mapping.indicator !== null ? hasInvertedSigns(rows, column, mapping.indicator) : hasCardPaymentEvidence(rows, column, mapping.labels);
  if (invertSign) issues.push("Purchases are positive and payments negative (a card export): signs are inverted.");
  else if (amountStats.negativeShare === 0 && amountStats.nonEmpty > 3) issues.push("Every amount is positive: check whether this is a card export whose signs should be inverted.");
  return { layout: { kind: "signed", column }, balance, invertSign, issues };
}

/** Indicator values meaning money out; a column holding only "CR" marks credits, so an empty cell is a debit. */
export function debitValuesOf(rows: Rows, indicator: number): string[] {
  const debit = new Set<string>();
  let hasCredit = false;
  for (const row of rows) {
    const value = (row[indicator] ?? "").trim();
    const direction = indicatorDirection(value);
    if (direction === "debit") debit.add(value);
    else if (direction === "credit") hasCredit = true;
  }
  if (debit.size === 0 && hasCredit) return [""];
  return debit.size ? [...debit] : ["D"];
}

/**
 * Inverted card signs, only on strong evidence: an indicator/type column says DEBIT or CREDIT, at least two
 * debits are all positive, the credits all negative, five such rows in all, and not one row disagrees.
 * Anything weaker (reckon's some_other.csv has a "CREDIT" row with a negative amount) keeps the file's signs;
 * users pin `invertSign` in the profile otherwise.
 */
export function hasInvertedSigns(rows: Rows, amount: number, indicator: number): boolean {
  let debitPositive = 0;
  let debitNegative = 0;
  let creditPositive = 0;
  let creditNegative = 0;
  for (const row of rows) {
    const direction = indicatorDirection(row[indicator] ?? "");
    const value = parseAmount(row[amount] ?? "");
    if (!direction || value === null || !/[1-9]/.test(value)) continue;
    const isNegative = value.startsWith("-");
    if (direction === "debit" && isNegative) debitNegative++;
    else if (direction === "debit") debitPositive++;
    else if (isNegative) creditNegative++;
    else creditPositive++;
  }
  return debitPositive >= 2 && creditNegative >= 1 && debitNegative === 0 && creditPositive === 0 && debitPositive + creditNegative >= 5;
}

// "PAYMENT RECEIVED - THANK YOU", "AUTOPAY PAYMENT", "Paiement reçu": money INTO a card account.
const CARD_PAYMENT = /\b(payment received|payment.{0,20}thank you|thank you.{0,20}payment|autopay|paiement recu|zahlung erhalten|pago recibido)\b/i;

/**
 * Inverted card signs without an indicator column, on strong evidence only: every "payment received / thank
 * you" row is negative, at least three other rows exist and 70% of them are positive (purchases written positive, refunds negative).
 * A checking account fails the second test (most rows are spending, negative), a normal card export the first.
 */
export function hasCardPaymentEvidence(rows: Rows, amount: number, labels: readonly number[]): boolean {
  let payments = 0;
  let positivePayments = 0;
  let others = 0;
  let positiveOthers = 0;
  for (const row of rows) {
    const value = parseAmount(row[amount] ?? "");
    if (value === null || !/[1-9]/.test(value)) continue;
    const isPositive = !value.startsWith("-");
    const label = labels.map((index) => row[index] ?? "").join(" ");
    if (CARD_PAYMENT.test(label)) {
      payments++;
      if (isPositive) positivePayments++;
    } else {
      others++;
      if (isPositive) positiveOthers++;
    }
  }
  return payments > 0 && positivePayments === 0 && others >= 3 && positiveOthers >= others * 0.7;
}

/** No header named the amounts: rank the numeric columns left over, decimal ones first. */
function fromContent(mapping: ColumnMapping, stats: readonly ColumnStats[], rows: Rows, issues: string[], hasHeader: boolean): AmountGuess | null {
  const used = new Set([mapping.date, mapping.valueDate, mapping.indicator, mapping.currency, mapping.reference, ...mapping.labels]);
  const numeric = stats.filter((s) => !used.has(s.index) && s.nonEmpty > 0 && s.amountShare >= 0.9 && s.dateShare < 0.5);
  const withDecimals = numeric.filter((s) => s.decimalShare >= 0.5);
  const candidates = withDecimals.length ? withDecimals : numeric;
  if (candidates.length === 0) return null;
  const pair = findDebitCreditPair(candidates, rows);
  // A balance is on (almost) every row; a column filled now and then (a price, a rate) is not one.
  // With a header, only a column named so is a balance: "Umrechnungskurs" or "Originalbetrag" must not become one.
  const balanceCandidates = hasHeader ? [] : candidates.filter((s) => s.nonEmpty >= rows.length * 0.8 && s.index !== pair?.[0] && s.index !== pair?.[1]);
  if (pair) {
    const balance = mapping.balance ?? balanceCandidates.at(-1)?.index ?? null;
    const debitFirst = debitFirstBySign(candidates, pair) ?? (balance === null ? null : isFirstTheDebit(rows, pair[0], pair[1], balance));
    const [debit, credit] = debitFirst === false ? [pair[1], pair[0]] : pair;
    if (debitFirst === null) issues.push("Debit and credit columns were told apart by position only (debit first).");
    return { layout: { kind: "debitCredit", debit, credit }, balance, invertSign: false, issues };
  }
  const signed = candidates.filter((s) => s.negativeShare > 0 && s.negativeShare < 1);
  const amount = signed[0] ?? candidates.find((s) => s.negativeShare > 0) ?? candidates[0]!;
  const others = balanceCandidates.filter((s) => s.index !== amount.index);
  const balance = mapping.balance ?? chooseBalance(rows, amount.index, others);
  return fromAmountColumn(amount.index, mapping, stats, rows, balance, issues);
}

/** Two columns where each row fills exactly one: withdrawals and deposits (unsigned, or debits written negative). */
function findDebitCreditPair(candidates: readonly ColumnStats[], rows: Rows): [number, number] | null {
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) {
      const a = candidates[i]!;
      const b = candidates[j]!;
      const isSignedPair = (a.negativeShare === 1 && b.negativeShare === 0) || (a.negativeShare === 0 && b.negativeShare === 1);
      if (!isSignedPair && (a.negativeShare > 0 || b.negativeShare > 0)) continue;
      let exclusive = 0;
      let counted = 0;
      for (const row of rows) {
        const hasA = isNonZero(row[a.index]);
        const hasB = isNonZero(row[b.index]);
        if (!hasA && !hasB) continue;
        counted++;
        if (hasA !== hasB) exclusive++;
      }
      if (counted >= 2 && exclusive / counted >= 0.9) return [a.index, b.index];
    }
  }
  return null;
}

/** "-$76.00" in one column and "+$327.49" in the other: the negative one is the debit. */
function debitFirstBySign(candidates: readonly ColumnStats[], [first, second]: [number, number]): boolean | null {
  const negativeShare = (index: number) => candidates.find((s) => s.index === index)?.negativeShare ?? 0;
  if (negativeShare(first) === 1) return true;
  if (negativeShare(second) === 1) return false;
  return null;
}

/** The running balance among other numeric columns: the one whose steps match the amounts, else the rightmost. */
function chooseBalance(rows: Rows, amount: number, candidates: readonly ColumnStats[]): number | null {
  let best: { index: number; score: number } | null = null;
  for (const candidate of candidates) {
    let score = 0;
    for (let i = 0; i < rows.length; i++) {
      const value = minorOf(rows[i]![candidate.index]);
      const delta = minorOf(rows[i]![amount]);
      if (value === null || delta === null || !rows[i]![candidate.index]) continue;
      for (const other of candidates) {
        if (other.index !== candidate.index && minorOf(rows[i]![other.index]) === value - delta) score++; // before + amount = after, same row
      }
      const previous = i > 0 && rows[i - 1]![candidate.index] ? minorOf(rows[i - 1]![candidate.index]) : null;
      const previousDelta = i > 0 ? minorOf(rows[i - 1]![amount]) : null;
      if (previous !== null && (value - previous === delta || (previousDelta !== null && previous - value === previousDelta))) score++;
    }
    if (!best || score >= best.score) best = { index: candidate.index, score };
  }
  return best?.index ?? null;
}

function isNonZero(value: string | undefined): boolean {
  if (!value) return false;
  const amount = parseAmount(value);
  return amount !== null && /[1-9]/.test(amount);
}

function minorOf(value: string | undefined): bigint | null {
  const amount = value ? parseAmount(value) : null;
  if (amount === null) return value ? null : 0n;
  try {
    return toMinor(amount, "EUR");
  } catch {
    return null;
  }
}

/** Running balances tell which of two columns takes money out: balance[i] − balance[i−1] must equal row i's net. */
function isFirstTheDebit(rows: Rows, first: number, second: number, balance: number): boolean | null {
  let firstIsDebit = 0;
  let secondIsDebit = 0;
  for (let i = 1; i < rows.length; i++) {
    if (!rows[i - 1]![balance] || !rows[i]![balance]) continue;
    const previous = minorOf(rows[i - 1]![balance]);
    const current = minorOf(rows[i]![balance]);
    const a = minorOf(rows[i]![first]);
    const b = minorOf(rows[i]![second]);
    const previousA = minorOf(rows[i - 1]![first]);
    const previousB = minorOf(rows[i - 1]![second]);
    if (previous === null || current === null || a === null || b === null || previousA === null || previousB === null) continue;
    const delta = current - previous;
    if (delta === b - a || -delta === previousB - previousA) firstIsDebit++;
    if (delta === a - b || -delta === previousA - previousB) secondIsDebit++;
  }
  if (firstIsDebit === secondIsDebit) return null;
  return firstIsDebit > secondIsDebit;
}
