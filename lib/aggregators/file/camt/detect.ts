/** Content sniff for ISO 20022 cash-management XML (camt.052/053/054), whatever the extension or prefix. */

const SNIFF_BYTES = 16 * 1024;

/** The first bytes as Latin-1 with NULs dropped, so UTF-16 text sniffs like ASCII. */
export function sniffHead(bytes: Uint8Array, length = SNIFF_BYTES): string {
  const head = bytes.subarray(0, Math.min(bytes.length, length));
  let text = "";
  for (const byte of head) if (byte !== 0) text += String.fromCharCode(byte);
  return text;
}

export function detectCamt(bytes: Uint8Array): number {
  const head = sniffHead(bytes);
  if (!head.includes("<")) return 0;
  if (/urn:iso:std:iso:20022:tech:xsd:camt\.05[234]/.test(head)) return 0.95;
  if (/<([\w.-]+:)?BkToCstmr(Stmt|AcctRpt|DbtCdtNtfctn)[\s>]/.test(head)) return 0.9;
  return 0;
}
