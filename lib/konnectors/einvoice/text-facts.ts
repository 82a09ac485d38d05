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
const NUMBER = "(-?\\d{1,3}(?:[ .,\\u00a0\\u202f']\\d{3})+[.,]\\d{2}|-?\\d+[.,]\\d{2})";
const AMOUNT = new RegExp(`(?:${CURRENCY}\\s?)?(?<![\\d.,/])${NUMBER}(?![\\d]|[.,/]\\d)(?:\\s?${CURRENCY})?`, "g");

// Labels of the amount to pay, strongest first.
const TOTAL_LABELS: readonly RegExp[] = [
  /(solde|reste|net|montant|total)\s+(à|a)\s+payer|amount\s+due|balance\s+due|zu\s+zahlen|zahlbetrag|rechnungsbetrag|montant\s+(du|dû|prélevé|preleve)|à\s+régler|a\s+regler|total\s+due|te\s+betalen/i,
  /total\s+ttc|gesamtbetrag|endbetrag|brutto|total\s+(amount|incl)|montant\s+ttc|grand\s+total/i,
  /\btotal\b|\bsumme\b|\bmontant\b|\bbetrag\b/i,
];
// Labels of the bill's own date: explicit ones first, then the weak "du"/"vom" that also open billing periods.
const DATE_LABELS: readonly RegExp[] = [
  /(date\s+(de\s+)?(la\s+)?facture|date\s+d'[ée]mission|invoice\s+date|date\s+of\s+issue|rechnungsdatum|facture\s+du|rechnung\s+vom|[ée]mise?\s+le)\W*$/i,
  /(datum|date|du|vom|le)\W*$/i,
];
// "Facture n° F-12", "Rechnungsnummer: R-123", "Invoice #12345", "N° de facture : F123".
const INVOICE_ID = "([A-Z0-9][A-Z0-9/_.-]{2,30}\\d[A-Z0-9/_-]*)";
const INVOICE_NUMBERS: readonly RegExp[] = [
  new RegExp(`(?:facture|invoice|rechnung|avoir|credit note|gutschrift)\\s*(?:n[°oº]\\.?|s?nr\\.?|no\\.?|number|s?nummer|#)?\\s*:?\\s*${INVOICE_ID}`, "i"),
  new RegExp(`(?:n[°oº]|num[ée]ro|r[ée]f[ée]rence)\\s*(?:de\\s+(?:la\\s+)?)?facture\\s*:?\\s*${INVOICE_ID}`, "i"),
];

function flatten(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ");
}

export function findAmounts(text: string): TextAmount[] {
  const flat = flatten(text);
  const out: TextAmount[] = [];
  let previousEnd = 0;
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(flat); m; m = AMOUNT.exec(flat)) {
    // The label of an amount is what stands between the previous amount and this one.
    const contextStart = Math.max(previousEnd, m.index - 60);
    previousEnd = m.index + m[0].length;
    const amount = parseAmount((m[2] ?? "").replace(/[ \u00a0\u202f']/g, ""), { decimalSeparator: /[.,]\d{2}$/.test(m[2] ?? "") ? ((m[2] ?? "").slice(-3, -2) as "." | ",") : undefined });
    if (!amount) continue;
    const sign = m[1] ?? m[3] ?? null;
    out.push({ amount, currency: sign ? (CURRENCY_SIGNS[sign] ?? null) : null, context: flat.slice(contextStart, m.index).trim() });
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
  const labelOf = (d: { index: number }) => flat.slice(Math.max(0, d.index - 30), d.index);
  const labelled = DATE_LABELS.map((label) => dates.find((d) => label.test(labelOf(d)))).find(Boolean);
  const date = labelled?.date ?? dates[0]?.date ?? null;
  const currencies = amounts.map((a) => a.currency).filter((c): c is string => !!c);
  return {
    vendor: findBrand(flat)?.name ?? null,
    invoiceNumber: findInvoiceNumber(flat),
    amount: total?.amount ?? null,
    currency: total?.currency ?? mostCommon(currencies),
    date,
    dueDate: findDueDateInText(flat, date, { requireDueWord: true }),
    amounts,
    dates: [...new Set(dates.map((d) => d.date))],
  };
}

/** The first labelled invoice number that is not a date ("Date de facture : 05/03/2024" labels a date). */
function findInvoiceNumber(flat: string): string | null {
  for (const pattern of INVOICE_NUMBERS) {
    const global = new RegExp(pattern.source, "gi");
    for (let m = global.exec(flat); m; m = global.exec(flat)) {
      const candidate = m[1];
      if (candidate && findDates(candidate).length === 0) return candidate;
    }
  }
  return null;
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | null = null;
  for (const [value, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = value;
  return best;
}
