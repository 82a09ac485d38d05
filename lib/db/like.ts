/**
 * A case-insensitive "contains" pattern for `LOWER(col) LIKE ? ESCAPE '\'`, on SQLite and PostgreSQL alike.
 * LIKE wildcards in the text are escaped, so a search for "50%" means the text "50%".
 */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
