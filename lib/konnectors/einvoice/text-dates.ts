/**
 * Dates written in free text (payment terms, plain-PDF bills): "15.03.2024", "15/03/2024", "2024-03-15",
 * "15 mars 2024", "1er avril 2024", "15. März 2024", "March 15, 2024". Day-first unless that is impossible.
 */
import { makeIsoDay } from "../../dates";

export interface TextDate {
  date: string;
  index: number;
  raw: string;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, janv: 1, janvier: 1, januar: 1, january: 1, jän: 1, jänner: 1,
  feb: 2, fev: 2, fév: 2, févr: 2, fevr: 2, février: 2, fevrier: 2, februar: 2, february: 2,
  mar: 3, mars: 3, märz: 3, maerz: 3, march: 3, mär: 3,
  apr: 4, avr: 4, avril: 4, april: 4,
  mai: 5, may: 5,
  jun: 6, juin: 6, juni: 6, june: 6,
  jul: 7, juil: 7, juillet: 7, juli: 7, july: 7,
  aug: 8, aou: 8, aoû: 8, août: 8, aout: 8, august: 8,
  sep: 9, sept: 9, septembre: 9, september: 9,
  oct: 10, okt: 10, octobre: 10, oktober: 10, october: 10,
  nov: 11, novembre: 11, november: 11,
  dec: 12, déc: 12, dez: 12, décembre: 12, decembre: 12, dezember: 12, december: 12,
};
const MONTH_WORD = "([A-Za-zÀ-ÿ]{3,9})\\.?";

const PATTERNS: { regex: RegExp; read: (m: RegExpExecArray) => string | null }[] = [
  { regex: /(?<![\d./-])(\d{4})-(\d{2})-(\d{2})(?![\d])/g, read: (m) => makeIsoDay(Number(m[1]), Number(m[2]), Number(m[3])) },
  { regex: /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[./-]\d)/g, read: (m) => dayFirst(m[1], m[3], m[4]) },
  { regex: new RegExp(`(?<![\\d])(\\d{1,2})(?:er|st|nd|rd|th|\\.)?\\s+${MONTH_WORD}\\s+(\\d{4})(?!\\d)`, "gi"), read: (m) => named(m[3], m[2], m[1]) },
  { regex: new RegExp(`(?<![A-Za-zÀ-ÿ])${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, "gi"), read: (m) => named(m[3], m[1], m[2]) },
];

function dayFirst(first = "", second = "", yearText = ""): string | null {
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  return makeIsoDay(year, Number(second), Number(first)) ?? makeIsoDay(year, Number(first), Number(second));
}

function named(yearText = "", monthText = "", dayText = ""): string | null {
  const month = MONTHS[monthText.toLowerCase()];
  return month ? makeIsoDay(Number(yearText), month, Number(dayText)) : null;
}

/** Every date in the text, in reading order (overlapping matches keep the earliest, longest). */
export function findDates(text: string): TextDate[] {
  const found: TextDate[] = [];
  for (const { regex, read } of PATTERNS) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      const date = read(m);
      if (date) found.push({ date, index: m.index, raw: m[0] });
    }
  }
  found.sort((a, b) => a.index - b.index || b.raw.length - a.raw.length);
  const kept: TextDate[] = [];
  for (const item of found) {
    const last = kept[kept.length - 1];
    if (last && item.index < last.index + last.raw.length) continue;
    kept.push(item);
  }
  return kept;
}

// Words that announce the day money is due or debited, in the languages bills come in.
const DUE_WORDS = /(zahlbar|fällig|faellig|fälligkeit|zahlungsziel|bis\b|eingezogen|abgebucht|abbuch|belast|lastschrift|due|payable|pay\s+by|payment\s+date|debited|collected|before|no\s+later|avant|au\s+plus\s+tard|échéance|echeance|à\s+payer|a\s+payer|pr[ée]l[èe]v|débit|debit|règlement|reglement|paiement|vervaldatum|betalen\s+voor)/i;
const DISCOUNT_WORDS = /(skonto|escompte|discount|remise|rabatt|korting)/i;

/**
 * The due date stated in payment-terms text, e.g. "Zahlbar … netto bis 04.04.2018, 3% Skonto … bis 15.03.2018"
 * gives 2018-04-04: dates in a discount clause are skipped, dates before the issue date too. In payment terms
 * (BT-20) a date without a due word is still the best candidate; in a whole page of text (`requireDueWord`)
 * it is not: a billing period's end is no due date.
 */
export function findDueDateInText(text: string | null, issueDate: string | null, options: { requireDueWord?: boolean } = {}): string | null {
  if (!text) return null;
  const candidates = findDates(text).filter((d) => !issueDate || d.date >= issueDate);
  let fallback: string | null = null;
  for (const candidate of candidates) {
    const clause = clauseBefore(text, candidate.index);
    if (DISCOUNT_WORDS.test(clause)) continue;
    if (DUE_WORDS.test(clause)) return candidate.date;
    fallback ??= candidate.date;
  }
  return options.requireDueWord ? null : fallback;
}

/** The words between the previous clause break (",", ";", a sentence end) and a position. */
function clauseBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 120), index);
  const parts = before.split(/[,;:!?]\s|\.\s+(?=[A-ZÀ-Ý])|\n/);
  return parts[parts.length - 1] ?? before;
}
