/**
 * One <STMTTRN> (or pending <STMTTRNP>) → NormalizedTransaction.
 *
 * Label choice: `label` = NAME, else the PAYEE aggregate's NAME, else MEMO (then `memo` is null so the text is
 * not doubled), else TRNTYPE ("CHECK"); `payee` is only set from a PAYEE aggregate: NAME is the bank's free text (often "CB CARREFOUR
 * 04/01" or a truncated MEMO), not a counterparty we can trust. Lines without a readable date or amount are
 * skipped with a warning naming the line, never invented.
 */
import Decimal from "decimal.js";
import { currencyExponent, normalizeCurrency } from "../../../money";
import type { NormalizedTransaction, ParseWarning } from "../../types";
import { childText, firstChildren, textOf, type OfxNode } from "./tree";
import { normalizeCheckNumber, parseOfxAmount, parseOfxDay, scaleAmount } from "./values";

export interface TransactionContext {
  /** The statement's CURDEF (or the caller's default); null when unknown. */
  currency: string | null;
  warnings: ParseWarning[];
}

export interface MappedTransaction {
  transaction: NormalizedTransaction;
  trnType: string | null;
}

const skip = (ctx: TransactionContext, node: OfxNode, message: string): null => {
  ctx.warnings.push({ line: node.line, element: node.name, message: `${message}: line skipped.` });
  return null;
};

/** Rounds a derived figure (amount × rate) to the currency's exponent, half-even as banks do. */
function convert(amount: string, rate: Decimal, currency: string, divide: boolean): string {
  const value = divide ? new Decimal(amount).div(rate) : new Decimal(amount).mul(rate);
  return value.toDecimalPlaces(currencyExponent(currency), Decimal.ROUND_HALF_EVEN).toFixed(currencyExponent(currency));
}

interface Money {
  amount: string;
  currency: string | null;
  originalAmount?: string;
  originalCurrency?: string;
}

/**
 * CURRENCY: the line's amounts are in CURSYM, CURRATE converts them to CURDEF → we convert and keep the source
 * figure as the original. ORIGCURRENCY: amounts are already in CURDEF, converted from CURSYM → original derived.
 */
function resolveMoney(node: OfxNode, fields: Map<string, OfxNode>, amount: string, ctx: TransactionContext): Money | string {
  const currencyNode = fields.get("CURRENCY");
  const originNode = fields.get("ORIGCURRENCY");
  const foreign = currencyNode ?? originNode;
  const symbol = normalizeCurrency(childText(foreign, "CURSYM"));
  const home = ctx.currency;
  if (!foreign || !symbol || symbol === home || !home) {
    const currency = home ?? symbol;
    const scaled = scaleAmount(amount, currency);
    return scaled === null ? `amount ${amount} has more decimals than ${currency} allows` : { amount: scaled, currency };
  }
  const rateText = childText(foreign, "CURRATE");
  const rate = rateText && /^\d{0,12}([.,]\d{1,12})?$/.test(rateText) ? new Decimal(rateText.replace(",", ".")) : null;
  if (!rate || rate.isZero()) {
    const scaled = scaleAmount(amount, symbol);
    ctx.warnings.push({ line: node.line, element: foreign.name, message: `No usable CURRATE: amount kept in ${symbol}.` });
    return scaled === null ? `amount ${amount} has more decimals than ${symbol} allows` : { amount: scaled, currency: symbol };
  }
  if (currencyNode) {
    const original = scaleAmount(amount, symbol) ?? amount;
    return { amount: convert(amount, rate, home, false), currency: home, originalAmount: original, originalCurrency: symbol };
  }
  const scaled = scaleAmount(amount, home);
  if (scaled === null) return `amount ${amount} has more decimals than ${home} allows`;
  return { amount: scaled, currency: home, originalAmount: convert(amount, rate, symbol, true), originalCurrency: symbol };
}

export function mapTransaction(node: OfxNode, ctx: TransactionContext, isPending = false): MappedTransaction | null {
  const fields = firstChildren(node);
  const rawAmount = textOf(fields.get("TRNAMT"));
  if (rawAmount === null) return skip(ctx, node, "empty or missing TRNAMT");
  const amount = parseOfxAmount(rawAmount);
  if (amount === null) return skip(ctx, node, `unreadable TRNAMT "${rawAmount.slice(0, 40)}"`);

  let date = parseOfxDay(textOf(fields.get(isPending ? "DTTRAN" : "DTPOSTED")));
  if (date === null) {
    date = parseOfxDay(textOf(fields.get("DTUSER")));
    if (date === null) return skip(ctx, node, isPending ? "missing or invalid DTTRAN" : "missing or invalid DTPOSTED");
    ctx.warnings.push({ line: node.line, element: node.name, message: "No valid DTPOSTED: used DTUSER as the date." });
  }

  const money = resolveMoney(node, fields, amount, ctx);
  if (typeof money === "string") return skip(ctx, node, money);

  const name = textOf(fields.get("NAME"));
  const payee = childText(fields.get("PAYEE"), "NAME");
  const memo = textOf(fields.get("MEMO"));
  const trnType = textOf(fields.get("TRNTYPE"))?.toUpperCase() ?? null;
  // With no text at all (the OFX spec's own samples have none on checks), the type is the only description.
  const label = name ?? payee ?? memo ?? trnType ?? "";
  const bankCategory = textOf(fields.get("CATEGORY"));

  const transaction: NormalizedTransaction = {
    externalId: textOf(fields.get("FITID")),
    date,
    valueDate: parseOfxDay(textOf(fields.get("DTAVAIL"))),
    amount: money.amount,
    currency: money.currency,
    label,
    payee,
    memo: label === memo && name === null && payee === null ? null : memo,
    pending: isPending,
    checkNumber: normalizeCheckNumber(textOf(fields.get("CHECKNUM"))),
  };
  if (money.originalAmount !== undefined) {
    transaction.originalAmount = money.originalAmount;
    transaction.originalCurrency = money.originalCurrency ?? null;
  }
  // CATEGORY is not in the OFX spec, but some exporters add it; "Uncategorised" is their way of saying nothing.
  if (bankCategory && !/^uncategori[sz]ed$/i.test(bankCategory)) transaction.bankCategory = bankCategory;
  return { transaction, trnType };
}
