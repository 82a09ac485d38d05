/** Content sniff for SWIFT MT940/MT942: a :20: field followed by an account (:25:) and balances or entries. */
import { sniffHead } from "../camt/detect";

// eslint-disable-next-line no-control-regex -- SOH and Ctrl-Z legitimately precede ":20:" in framed files
const START = /(?:^|[\r\n\u0001\u001a]|\{4:)[ \t]*:20:/;
const ACCOUNT = /[\r\n][ \t]*:25:/;
const BODY = /[\r\n][ \t]*:(?:60[FM]|61|62[FM]|28C?):/;
const INTERIM = /[\r\n][ \t]*:(?:34F|13D):/;

export function detectMt940(bytes: Uint8Array): number {
  const head = sniffHead(bytes, 16 * 1024);
  if (!START.test(head) || !ACCOUNT.test(head)) return 0;
  if (BODY.test(head)) return 0.9;
  if (INTERIM.test(head)) return 0.85;
  return 0.5;
}
