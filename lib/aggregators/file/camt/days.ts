/** CAMT dates: <Dt>2017-04-01</Dt> or <DtTm>2015-12-31T01:12:39</DtTm>, kept as the day written (no zone shifts). */
import { isIsoDay } from "../../../dates";
import { parseError } from "./amounts";
import { textAt } from "./xml-path";

/** The day of a date choice element (BookgDt, ValDt, Bal/Dt); null when absent. Throws on an impossible day. */
export function readDay(node: unknown, element: string): string | null {
  const raw = textAt(node, "Dt") ?? textAt(node, "DtTm");
  if (raw === null) return null;
  const day = raw.slice(0, 10);
  if (!isIsoDay(day)) throw parseError(element, `"${raw.slice(0, 40)}" is not a date`);
  return day;
}
