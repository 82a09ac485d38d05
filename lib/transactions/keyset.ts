/**
 * Keyset cursors for lists ordered by (date DESC, id DESC): opaque, stable under inserts, O(page) to read.
 * A cursor names the list it came from (transactions or bills), so one list's cursor handed to another is refused
 * instead of silently positioning it somewhere; a malformed cursor is refused too, never read as "the first page".
 */
import { AppError } from "../errors";
import { isIsoDay } from "../dates";

export interface Cursor {
  date: string;
  id: string;
}

/** The lists paged by (date, id). Every list of Transaction rows shares one order, so they share cursors. */
export type CursorList = "transactions" | "bills";

const TAGS: Readonly<Record<CursorList, string>> = { transactions: "t", bills: "b" };
const MAX_CURSOR_CHARS = 200;

export function encodeCursor(cursor: Cursor, list: CursorList): string {
  return Buffer.from(`${TAGS[list]}|${cursor.date}|${cursor.id}`, "utf8").toString("base64url");
}

export function invalidCursorError(parameter: string): AppError {
  return new AppError("INVALID_INPUT", `Invalid ${parameter}: pass back the nextCursor of a previous page of this list`, {
    userMessage: `The ${parameter} parameter is not a cursor of this list: pass back the nextCursor of a previous page, or leave it out for the first page.`,
    details: { fields: [{ field: parameter, message: "Invalid cursor." }] },
  });
}

/**
 * The position a cursor names, or null when there is none (absent or empty). A cursor that is malformed, not in
 * canonical form, or from another list throws INVALID_INPUT naming `parameter` (a 400 through the API).
 */
export function parseCursor(text: string | null | undefined, list: CursorList, parameter = "cursor"): Cursor | null {
  if (text === null || text === undefined || text === "") return null;
  if (text.length > MAX_CURSOR_CHARS || !/^[A-Za-z0-9_-]+$/.test(text)) throw invalidCursorError(parameter);
  const match = /^([a-z])\|(\d{4}-\d{2}-\d{2})\|([\w-]{1,64})$/.exec(Buffer.from(text, "base64url").toString("utf8"));
  if (!match || match[1] !== TAGS[list] || !isIsoDay(match[2]!)) throw invalidCursorError(parameter);
  const cursor = { date: match[2]!, id: match[3]! };
  // base64url decoding forgives stray bits: only the exact text this list hands out is accepted.
  if (encodeCursor(cursor, list) !== text) throw invalidCursorError(parameter);
  return cursor;
}
