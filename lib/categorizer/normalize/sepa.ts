/**
 * SEPA transfer and direct-debit wording: "/DE ALAN /MOTIF REMBOURSEMENT /REF 123", "DE: X MOTIF: Y",
 * "EDF CLIENTS PARTICULIERS ECH/240519 ID EMETTEUR/FR46…". Splits who (party) from why (memo).
 */
const PARTY_KEYS = new Set(["DE", "FROM", "FRM", "POUR", "A", "TO", "BEN", "BENEF", "BENEFICIAIRE", "NOM", "NPY", "DO", "DONNEUR", "CREANCIER", "EMETTEUR"]);
const MEMO_KEYS = new Set(["MOTIF", "MOT", "LIB", "LIBELLE", "INF", "INFO", "RMT", "OBJET", "REMITTANCE", "MEMO"]);
// A field key: "/DE ", "/MOTIF ", "DE:", "MOTIF:" ("ID" and "REF" keys are references: dropped).
const FIELD = /(?:^|\s)\/?([A-Z]{1,12})(?:\s*:\s*|\/|\s+(?=\S))/y;

export interface SepaFields {
  party: string;
  memo: string | null;
}

export function extractSepaFields(rest: string): SepaFields {
  if (!/(?:^|\s)\/[A-Z]|\b[A-Z]{2,12}\s?:/.test(rest)) return { party: rest, memo: null };
  // Split into "/KEY value" segments; text before the first key is the party.
  const segments = rest.split(/\s*\/(?=[A-Z]{1,12}[\s:/])|\s+(?=[A-Z]{2,12}\s?:)/);
  let party = "";
  const memo: string[] = [];
  for (const [index, segment] of segments.entries()) {
    const match = /^([A-Z]{1,12})\s*[:/]?\s*(.*)$/.exec(segment.trim());
    const key = match?.[1] ?? "";
    const value = (match?.[2] ?? "").trim();
    if (PARTY_KEYS.has(key)) party = party || value;
    else if (MEMO_KEYS.has(key)) memo.push(value);
    else if (index === 0 && !/^\//.test(segment)) party = segment.trim();
  }
  void FIELD;
  return { party: party || rest, memo: memo.length ? memo.join(" ") : null };
}
