/** Keyset cursors for lists ordered by (date DESC, id DESC): opaque, stable under inserts, O(page) to read. */
export interface Cursor {
  date: string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.date}|${cursor.id}`, "utf8").toString("base64url");
}

export function decodeCursor(text: string | null | undefined): Cursor | null {
  if (!text) return null;
  const decoded = Buffer.from(text, "base64url").toString("utf8");
  const match = /^(\d{4}-\d{2}-\d{2})\|([\w-]{1,64})$/.exec(decoded);
  return match ? { date: match[1]!, id: match[2]! } : null;
}
