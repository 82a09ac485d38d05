/**
 * SEPA transfer and direct-debit wording: "/DE ALAN /MOTIF REMBOURSEMENT /REF 123", "DE: X MOTIF: Y",
 * "EDF CLIENTS PARTICULIERS ECH/240519 ID EMETTEUR/FR46…". Splits who (party) from why (memo).
 */
const PARTY_KEYS = new Set(["DE", "FROM", "FRM", "POUR", "A", "TO", "BEN", "BENEF", "BENEFICIAIRE", "NOM", "NPY", "DO", "DONNEUR", "CREANCIER", "EMETTEUR"]);
const MEMO_KEYS = new Set(["MOTIF", "MOT", "LIB", "LIBELLE", "INF", "INFO", "RMT", "OBJET", "REMITTANCE", "MEMO"]);

export interface SepaFields {
  party: string;
  memo: string | null;
}

const REFERENCE_KEYS = ["ID", "REF", "RUM", "MDT", "ECH", "IBAN", "BIC", "NUM", "DATE", "REFDO", "REFBEN", "ICS", "EREF", "MREF", "CRED", "SVCL", "PURP", "KREF"];
const KEYS = [...PARTY_KEYS, ...MEMO_KEYS, ...REFERENCE_KEYS].sort((a, b) => b.length - a.length).join("|");
const HAS_FIELDS = new RegExp(`(?:^|\\s)\\/(?:${KEYS})\\b|\\b(?:${KEYS})\\s?:`);
// Split before "/KEY" and "KEY:" (known keys only: "DIRECT ASSURANCE : 123" is a name, not a field).
const FIELD_SPLIT = new RegExp(`\\s*\\/(?=(?:${KEYS})[\\s:/])|\\s+(?=(?:${KEYS})\\s?:)`);

export function extractSepaFields(rest: string): SepaFields {
  if (!HAS_FIELDS.test(rest)) return { party: rest, memo: null };
  // Split into "/KEY value" segments; text before the first key is the party.
  const segments = rest.split(FIELD_SPLIT);
  let keyedParty = "";
  let lead = "";
  const memo: string[] = [];
  for (const [index, segment] of segments.entries()) {
    const match = /^([A-Z]{1,12})\s*[:/]?\s*(.*)$/.exec(segment.trim());
    const key = match?.[1] ?? "";
    const value = (match?.[2] ?? "").trim();
    if (PARTY_KEYS.has(key) && index > 0) keyedParty = keyedParty || value;
    else if (MEMO_KEYS.has(key) && index > 0) memo.push(value);
    else if (index === 0) lead = segment.trim();
  }
  // A named party ("DE: X") wins over the text before the first key (often an operation number).
  const party = keyedParty || lead;
  return { party: party || rest, memo: memo.length ? memo.join(" ") : null };
}
