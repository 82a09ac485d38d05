/**
 * Node 20's TextDecoder("windows-1252") decodes 0x80–0x9F as C1 control characters (latin1), not as
 * € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ. A real windows-1252 file never means a C1 control,
 * so after such a decode we map them back. (A no-op once lib/aggregators/file/encoding.ts decodes it right.)
 */
const HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

export function repairWindows1252(text: string, encoding: string): string {
  if (encoding !== "windows-1252") return text;
  return text.replace(/[\u0080-\u009f]/g, (char) => HIGH[char.charCodeAt(0) - 0x80] ?? char);
}
