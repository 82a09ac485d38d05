/**
 * A list's query string, checked before its filters are read: a parameter the list does not know (a typo such as
 * `acountId`) or one given twice would otherwise be ignored or overwritten, and the answer would silently cover
 * more than was asked. Either is one INVALID_INPUT naming each parameter at fault.
 */
import { AppError } from "../errors";

export function queryObject(query: URLSearchParams, known: readonly string[]): Record<string, string> {
  const fields: { field: string; message: string }[] = [];
  const seen = new Set<string>();
  for (const key of query.keys()) {
    if (!known.includes(key)) fields.push({ field: key, message: `Unknown parameter (known: ${known.join(", ")}).` });
    else if (seen.has(key)) fields.push({ field: key, message: "Give this parameter once." });
    seen.add(key);
  }
  if (fields.length) {
    const unique = fields.filter((f, i) => fields.findIndex((g) => g.field === f.field) === i);
    throw new AppError("INVALID_INPUT", unique.map((f) => `${f.field}: ${f.message}`).join("; "), { details: { fields: unique } });
  }
  return Object.fromEntries(query);
}
