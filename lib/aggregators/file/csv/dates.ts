/**
 * Dates in bank CSVs: dd/mm/yyyy, mm/dd/yyyy, yyyy-mm-dd, dd.mm.yy, yyyymmdd, 12-Dec-2019, 2019.04.19., with or
 * without a time after them. A format's separators are cosmetic: only the ORDER of day, month and year matters
 * when reading (any of / . - space works), so "dd.mm.yyyy" also reads "27-05-2018". Month names are read in the
 * slot where they appear, in the languages we support. The hot path scans char codes: no regex, no Date.
 */
export type DateOrder = "DMY" | "MDY" | "YMD";

const FORMAT_TOKEN_ORDER: Record<string, "D" | "M" | "Y"> = { d: "D", dd: "D", m: "M", mm: "M", mmm: "M", y: "Y", yy: "Y", yyyy: "Y" };
const COMPACT_FORMATS: Record<string, DateOrder> = { yyyymmdd: "YMD", ddmmyyyy: "DMY", mmddyyyy: "MDY" };

/** "dd/mm/yyyy" → "DMY"; null when the text is not a date format. */
export function dateOrderOf(format: string): DateOrder | null {
  const lower = format.trim().toLowerCase();
  const compact = COMPACT_FORMATS[lower];
  if (compact) return compact;
  const parts = lower.split(/[^a-z]+/).filter(Boolean);
  if (parts.length !== 3 || /[a-z0-9]/.test(lower.replace(/[dmy]/g, ""))) return null;
  const order = parts.map((part) => FORMAT_TOKEN_ORDER[part] ?? "?").join("");
  return order === "DMY" || order === "MDY" || order === "YMD" ? order : null;
}

// Month names and abbreviations (EN FR DE NL DA SV ES IT PT), keyed by their first three letters without accents.
const MONTHS: Record<string, number> = {
  jan: 1, ene: 1, gen: 1, janv: 1,
  feb: 2, fev: 2,
  mar: 3, maa: 3, mrt: 3,
  apr: 4, avr: 4, abr: 4,
  may: 5, mai: 5, mei: 5, maj: 5, mag: 5,
  jun: 6, jui: 6, giu: 6,
  jul: 7, lug: 7,
  aug: 8, aou: 8, ago: 8,
  sep: 9, set: 9,
  oct: 10, okt: 10, ott: 10, out: 10,
  nov: 11,
  dec: 12, dez: 12, dic: 12,
};

function monthFromName(name: string): number {
  const key = name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  // French "juin"/"juil" share "jui": the fourth letter decides.
  if (key.startsWith("juil")) return 7;
  return MONTHS[key.slice(0, 3)] ?? 0;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0xc0;
}

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month] ?? 0;
}

function fullYear(value: number, digits: number): number {
  if (digits === 4) return value;
  // Two-digit years: banks exported nothing before 1970 in CSV; 00–69 are this century.
  if (digits === 2) return value < 70 ? 2000 + value : 1900 + value;
  return -1;
}

function toIso(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return `${year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

function fromCompact(digits: number, order: DateOrder): string | null {
  const a = Math.floor(digits / 10000);
  const b = digits % 10000;
  if (order === "YMD") return toIso(a, Math.floor(b / 100), b % 100);
  const year = b;
  const first = Math.floor(a / 100);
  const second = a % 100;
  return order === "DMY" ? toIso(year, second, first) : toIso(year, first, second);
}

/** Reads a calendar day in the given order; returns "YYYY-MM-DD" or null. Text after the third part (a time) is ignored. */
export function parseDay(value: string, order: DateOrder): string | null {
  const values = [0, 0, 0];
  const digits = [0, 0, 0];
  let monthSlot = -1;
  let monthValue = 0;
  let count = 0;
  let i = 0;
  const length = value.length;
  while (i < length && count < 3) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      let number = 0;
      let width = 0;
      let firstEight = 0;
      while (i < length) {
        const digit = value.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9) break;
        number = number * 10 + digit;
        width++;
        i++;
        if (width === 8) firstEight = number;
        if (width > 14) return null;
      }
      // A compact timestamp first (20091224120000[0:GMT]): its date is the first eight digits.
      if (count === 0 && (width === 12 || width === 14)) return fromCompact(firstEight, order);
      if (width > 8) return null;
      values[count] = number;
      digits[count] = width;
      count++;
    } else if (isLetter(code)) {
      const start = i;
      while (i < length && isLetter(value.charCodeAt(i))) i++;
      const month = monthSlot < 0 ? monthFromName(value.slice(start, i)) : 0;
      if (month) {
        monthSlot = count;
        monthValue = month;
        values[count] = month;
        digits[count] = 2;
        count++;
      } else if (count > 0) {
        return null;
      }
      // A leading word that is not a month (a weekday, "Le") is skipped.
    } else {
      i++;
    }
  }
  if (count === 1 && digits[0] === 8 && monthSlot < 0) return fromCompact(values[0]!, order);
  if (count !== 3) return null;
  if (monthSlot >= 0) return fromMonthName(values, digits, monthSlot, monthValue);
  const [a, b, c] = values as [number, number, number];
  const [wa, wb, wc] = digits as [number, number, number];
  if (order === "YMD") return wb <= 2 && wc <= 2 ? toIso(fullYear(a, wa), b, c) : null;
  if (wa > 2 || wb > 2) return null;
  const year = fullYear(c, wc);
  return order === "DMY" ? toIso(year, b, a) : toIso(year, a, b);
}

function fromMonthName(values: number[], digits: number[], monthSlot: number, month: number): string | null {
  const others = [0, 1, 2].filter((slot) => slot !== monthSlot);
  const [p, q] = others as [number, number];
  // Without a four-digit year the day comes first ("10 Feb 18", "Nov 7, 13"): nobody writes "18 Feb 10".
  const yearSlot = digits[p] === 4 ? p : q;
  const daySlot = yearSlot === p ? q : p;
  if (digits[daySlot]! > 2) return null;
  // With a month name even a one-digit year is unambiguous ("10-Nov-9": 2009).
  const yearDigits = digits[yearSlot]!;
  const year = yearDigits === 1 ? 2000 + values[yearSlot]! : fullYear(values[yearSlot]!, yearDigits);
  return toIso(year, month, values[daySlot]!);
}
