/** Character-level helpers of the OFX reader: name characters, line counting, entities. No regex backtracking. */

export class LineCounter {
  private index = 0;
  private line = 1;
  constructor(private readonly text: string) {}
  /** Line of `position`; positions must not go backwards (they never do: the reader only moves forward). */
  at(position: number): number {
    for (let i = this.index; i < position; i++) if (this.text.charCodeAt(i) === 10) this.line++;
    this.index = Math.max(this.index, position);
    return this.line;
  }
}

export function isNameStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

export function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 48 && code <= 57) || code === 46 || code === 45 || code === 58;
}

export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

export function hasLowerCase(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code >= 97 && code <= 122) return true;
  }
  return false;
}

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decodes the entities OFX writers use; a raw `&` (SGML files are full of them) stays as it is. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});/g, (whole, body: string) => {
    if (body[0] !== "#") return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
    const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
