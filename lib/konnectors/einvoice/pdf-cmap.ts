/** ToUnicode CMaps (ISO 32000-1 §9.10.3): glyph codes in content streams → Unicode text. */

export interface ToUnicode {
  /** Code length in bytes (1 or 2) from the codespace ranges. */
  codeBytes: 1 | 2;
  map: Map<number, string>;
}

const MAX_RANGE = 65_536;

function utf16beHex(hex: string): string {
  if (hex.length <= 2) return hex ? String.fromCharCode(parseInt(hex, 16)) : "";
  let out = "";
  for (let i = 0; i + 3 < hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return out;
}

export function parseToUnicode(text: string): ToUnicode {
  const map = new Map<number, string>();
  let codeBytes: 1 | 2 = 1;
  for (const block of blocks(text, "begincodespacerange", "endcodespacerange")) {
    const first = /<([0-9a-fA-F]+)>/.exec(block);
    if (first?.[1] && first[1].length >= 4) codeBytes = 2;
  }
  for (const block of blocks(text, "beginbfchar", "endbfchar")) {
    const pairs = /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g;
    for (let m = pairs.exec(block); m; m = pairs.exec(block)) {
      if (m[1] && m[1].length >= 4) codeBytes = 2;
      map.set(parseInt(m[1] ?? "0", 16), utf16beHex(m[2] ?? ""));
    }
  }
  for (const block of blocks(text, "beginbfrange", "endbfrange")) {
    const ranges = /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(?:<([0-9a-fA-F]*)>|\[([^\]]*)\])/g;
    for (let m = ranges.exec(block); m; m = ranges.exec(block)) {
      const low = parseInt(m[1] ?? "0", 16);
      const high = Math.min(parseInt(m[2] ?? "0", 16), low + MAX_RANGE);
      if ((m[1] ?? "").length >= 4) codeBytes = 2;
      if (m[3] !== undefined) {
        // Consecutive codes map to consecutive characters: increment the last UTF-16 unit.
        const base = utf16beHex(m[3]);
        const lastUnit = base.charCodeAt(base.length - 1);
        for (let code = low; code <= high; code++) map.set(code, base.slice(0, -1) + String.fromCharCode(lastUnit + (code - low)));
      } else {
        const targets = [...(m[4] ?? "").matchAll(/<([0-9a-fA-F]*)>/g)].map((t) => utf16beHex(t[1] ?? ""));
        targets.forEach((target, i) => {
          if (low + i <= high) map.set(low + i, target);
        });
      }
    }
  }
  return { codeBytes, map };
}

function blocks(text: string, begin: string, end: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf(begin, from);
    if (start < 0) return out;
    const stop = text.indexOf(end, start);
    if (stop < 0) return out;
    out.push(text.slice(start + begin.length, stop));
    from = stop + end.length;
  }
}

/** Decodes a string operand's bytes (latin1 string) with a font's CMap. */
export function decodeWithCMap(bytes: string, cmap: ToUnicode): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += cmap.codeBytes) {
    const code = cmap.codeBytes === 2 ? (bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1) : bytes.charCodeAt(i);
    out += cmap.map.get(code) ?? "";
  }
  return out;
}
