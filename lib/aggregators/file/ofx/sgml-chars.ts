/** Character-level helpers of the OFX reader: name characters, line counting, entities. No regex backtracking. */

export class LineCounter {
  private line = 1;
  private nextNewline: number;
  constructor(private readonly text: string) {
    this.nextNewline = text.indexOf("\n");
  }
  /**
   * Line of `position`. Jumps newline to newline with indexOf, remembering the next one so that a huge single
   * line is scanned once, not once per tag.
   */
  at(position: number): number {
    while (this.nextNewline !== -1 && this.nextNewline < position) {
      this.line++;
      this.nextNewline = this.text.indexOf("\n", this.nextNewline + 1);
    }
    return this.line;
  }
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
