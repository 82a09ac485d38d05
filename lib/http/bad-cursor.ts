/**
 * Pages read their list cursor from the address bar. A malformed or foreign one is an INVALID_INPUT (a 400 in the
 * API); a page shows it as the 404 it is — that page of the list does not exist — rather than the error boundary's
 * "something went wrong on our side", and never as a silent first page.
 */
import { notFound } from "next/navigation";
import { isAppError } from "../errors";

export function isBadCursorError(error: unknown, parameter = "cursor"): boolean {
  if (!isAppError(error) || error.code !== "INVALID_INPUT") return false;
  const fields = (error.details as { fields?: { field: string | null }[] } | undefined)?.fields ?? [];
  return fields.some((f) => f.field === parameter);
}

export async function orNotFoundOnBadCursor<T>(lookup: Promise<T>, parameter = "cursor"): Promise<T> {
  try {
    return await lookup;
  } catch (error) {
    if (isBadCursorError(error, parameter)) notFound();
    throw error;
  }
}

/** The same for a cursor read synchronously (e.g. the explorer's parseExplorerCursor). */
export function readCursorOrNotFound<T>(read: () => T, parameter = "cursor"): T {
  try {
    return read();
  } catch (error) {
    if (isBadCursorError(error, parameter)) notFound();
    throw error;
  }
}
