/**
 * Proposals for a bill read from plain text (a PDF without embedded XML): every amount and date found, and a
 * best guess for the total to pay, the bill date, the due date, the vendor and the invoice number. The user
 * confirms them; nothing here is trusted as fact.
 */
import Decimal from "decimal.js";
import { parseAmount } from "../../money";
import { findBrand } from "./bill-type";
import { findDates, findDueDateInText } from "./text-dates";

export interface TextAmount {
  amount: string;
  currency: string | null;
  context: string;
}

export interface TextProposals {
  vendor: string | null;
  invoiceNumber: string | null;
  amount: string | null;
  currency: string | null;
  date: string | null;
  dueDate: string | null;
  amounts: TextAmount[];
  dates: string[];
}

const CURRENCY_SIGNS: Readonly<Record<string, string>> = { "€": "EUR", EUR: "EUR", $: "USD", USD: "USD", "£": "GBP", GBP: "GBP", CHF: "CHF" };
const CURRENCY = "(€|EUR|USD|\\$|GBP|£|CHF)";
const NUMBER = "(-?\\d{1,3}(?:[ .\\u00a0\\u202f']\\d{3})+[.,]\\d{2}|-?\\d+[.,]\\d{2})";
const AMOUNT = new RegExp(`(?:${CURRENCY}\\s?)?(?<![\\d.,/])${NUMBER}(?![\\d]|[.,/]\\d)(?:\\s?${CURRENCY})?`, "g");

// Labels of the amount to pay, strongest first.
const TOTAL_LABELS: readonly RegExp[] = [
  /(solde|reste|net|montant|total)\s+(à|a)\s+payer|amount\s+due|balance\s+due|zu\s+zahlen|zahlbetrag|rechnungsbetrag|montant\s+(du|dû|prélevé|preleve)|à\s+régler|a\s+regler|total\s+due|te\s+betalen/i,
  /total\s+ttc|gesamtbetrag|endbetrag|brutto|total\s+(amount|incl)|montant\s+ttc|grand\s+total/i,
  /\btotal\b|\bsumme\b|\bmontant\b|\bbetrag\b/i,
];
const DATE_LABELS = /(date\s+(de\s+)?(la\s+)?facture|date\s+d'émission|invoice\s+date|rechnungsdatum|datum|date|du\b|vom\b|le\b|émise?)/i;
const INVOICE_NUMBER = /(?:facture|invoice|rechnung|avoir|credit note)\s*(?:n[°oº]\.?|nr\.?|no\.?|number|nummer|#)?\s*:?\s*([A-Z0-9][A-Z0-9/_.-]{2,30}\d[A-Z0-9/_-]*)/i;

function flatten(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ");
}

export function findAmounts(text: string): TextAmount[] {
  const flat = flatten(text);
  const out: TextAmount[] = [];
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(flat); m; m = AMOUNT.exec(flat)) {
    const amount = parseAmount((m[2] ?? "").replace(/[ \u00a0\u202f']/g, ""), { decimalSeparator: /[.,]\d{2}$/.test(m[2] ?? "") ? ((m[2] ?? "").slice(-3, -2) as "." | ",") : undefined });
    if (!amount) continue;
    const sign = m[1] ?? m[3] ?? null;
    out.push({ amount, currency: sign ? (CURRENCY_SIGNS[sign] ?? null) : null, context: flat.slice(Math.max(0, m.index - 60), m.index).trim() });
  }
  return out;
}

/** The amount to pay: the one after the strongest "total to pay" label, else the largest with a currency sign. */
export function pickTotal(amounts: readonly TextAmount[]): TextAmount | null {
  for (const label of TOTAL_LABELS) {
    const labelled = amounts.filter((a) => label.test(lastWords(a.context)) && !a.amount.startsWith("-"));
    if (labelled.length) return labelled.reduce((best, a) => (new Decimal(a.amount).gt(best.amount) ? a : best));
  }
  const withCurrency = amounts.filter((a) => a.currency && !a.amount.startsWith("-"));
  const pool = withCurrency.length ? withCurrency : amounts.filter((a) => !a.amount.startsWith("-"));
  return pool.length ? pool.reduce((best, a) => (new Decimal(a.amount).gt(best.amount) ? a : best)) : null;
}

/** The label right before an amount: the last ~40 characters, where "Total TTC" or "Solde à payer" sits. */
function lastWords(context: string): string {
  return context.slice(-40);
}

export function proposeFromText(text: string): TextProposals {
  const amounts = findAmounts(text);
  const total = pickTotal(amounts);
  const flat = flatten(text);
  const dates = findDates(flat);
  const labelled = dates.find((d) => DATE_LABELS.test(flat.slice(Math.max(0, d.index - 30), d.index)));
  const date = labelled?.date ?? dates[0]?.date ?? null;
  const currencies = amounts.map((a) => a.currency).filter((c): c is string => !!c);
  return {
    vendor: findBrand(flat)?.name ?? null,
    invoiceNumber: INVOICE_NUMBER.exec(flat)?.[1] ?? null,
    amount: total?.amount ?? null,
    currency: total?.currency ?? mostCommon(currencies),
    date,
    dueDate: findDueDateInText(flat, date, { requireDueWord: true }),
    amounts,
    dates: [...new Set(dates.map((d) => d.date))],
  };
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | null = null;
  for (const [value, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = value;
  return best;
}
