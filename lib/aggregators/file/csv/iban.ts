/** IBANs in CSV cells and preamble lines ("Account: FR76 3000 4000 0500 0012 3456 789"), checked by their mod-97 digits. */
const CANDIDATE = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g;

export function isValidIban(value: string): boolean {
  const iban = value.replace(/\s+/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const digits = char >= "A" ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** The first valid IBAN written in the text, compacted; null when there is none. */
export function findIban(text: string): string | null {
  for (const match of text.toUpperCase().matchAll(CANDIDATE)) {
    const compact = match[0].replace(/\s+/g, "");
    if (isValidIban(compact)) return compact;
  }
  return null;
}
