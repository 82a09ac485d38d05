/**
 * Cheap content sniff for format detection. CSV is the fallback format, so its confidence stays low (≤ 0.5):
 * OFX, QIF, CAMT and MT940 win whenever their own markers are there.
 */
import { decodeBytes } from "../encoding";
import { roleOfHeader } from "./vocabulary";
import { csvDelimiters } from "./profile";

const HEAD_BYTES = 16_384;
const OTHER_FORMATS = /^(<|OFXHEADER|!Type|!Account|!Option|!Clear|:20:|\{1:|%PDF)/i;

export function sniffCsv(bytes: Uint8Array): number {
  if (bytes.length === 0) return 0;
  const text = decodeBytes(bytes.subarray(0, HEAD_BYTES)).text;
  if (text.includes("\u0000") || OTHER_FORMATS.test(text.trimStart())) return 0;
  const lines = text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== "").slice(0, 30);
  if (bytes.length > HEAD_BYTES && lines.length > 1) lines.pop(); // probably cut in the middle
  if (lines.length === 0) return 0;
  let best = 0;
  for (const delimiter of csvDelimiters) {
    const counts = lines.map((line) => line.split(delimiter).length - 1);
    const widest = Math.max(...counts);
    if (widest === 0) continue;
    const consistent = counts.filter((count) => count >= Math.max(1, widest - 2)).length / counts.length;
    best = Math.max(best, consistent);
  }
  if (best === 0) return 0;
  const hasKnownHeader = lines.slice(0, 15).some((line) => line.split(/[,;\t|]/).filter((cell) => roleOfHeader(cell.replace(/"/g, "")) !== null).length >= 2);
  return Math.round((0.2 + 0.2 * best + (hasKnownHeader ? 0.1 : 0)) * 100) / 100;
}
