/** CAMT dates: <Dt>2017-04-01</Dt> or <DtTm>2015-12-31T01:12:39</DtTm>, kept as the day written (no zone shifts). */
import { daysInMonth } from "../../../dates";
import { parseError } from "./amounts";
import { textAt } from "./xml-path";

function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** "YYYY-MM-DD…" → the ISO day, or null when it is not a real day. Hand-rolled: it runs for every entry. */
export function isoDayOf(raw: string): string | null {
  if (raw.length < 10 || raw.charCodeAt(4) !== 45 || raw.charCodeAt(7) !== 45) return null;
  const year = digitsAt(raw, 0, 4);
  const month = digitsAt(raw, 5, 2);
  const day = digitsAt(raw, 8, 2);
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  if (day > 28 && day > daysInMonth(year, month)) return null;
  return raw.slice(0, 10);
}

/** The day of a date choice element (BookgDt, ValDt, Bal/Dt); null when absent. Throws on an impossible day. */
export function readDay(node: unknown, element: string): string | null {
  const raw = textAt(node, "Dt") ?? textAt(node, "DtTm");
  if (raw === null) return null;
  const day = isoDayOf(raw);
  if (!day) throw parseError(element, `"${raw.slice(0, 40)}" is not a date`);
  return day;
}
