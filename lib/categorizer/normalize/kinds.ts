/**
 * Operation kinds and the bank wording that announces them (French and English banks). Order matters: the
 * first prefix that matches wins, so longer / more specific prefixes come first.
 */
export type OperationKind = "card" | "direct_debit" | "transfer_in" | "transfer_out" | "withdrawal" | "check" | "fee" | "other";

export const OPERATION_KINDS: readonly OperationKind[] = ["card", "direct_debit", "transfer_in", "transfer_out", "withdrawal", "check", "fee", "other"];

/** "transfer" means in or out depending on the amount's sign. */
type PrefixKind = OperationKind | "transfer";

// Each pattern is matched against the upper-cased, accent-free label at its start; it consumes the prefix.
const PREFIXES: readonly [RegExp, PrefixKind][] = [
  [/^(?:FACTURE|FACT|PAIEMENT|PAIEMT|ACHAT|ACHATS|PAYMENT|DEBIT)\s+(?:PAR\s+)?(?:CARTE|CB|CARD)(?:\s+(?:BANCAIRE|X?\d{4}|\d{4}X+\d{4}))?\b/, "card"],
  [/^(?:CARTE|CB|CARD)\s+(?:X+\d{4}|\d{4})\b/, "card"],
  [/^AVOIR(?:\s+(?:CARTE|CB))?\b/, "card"],
  [/^(?:PURCHASE AUTHORIZED ON|RECURRING PAYMENT AUTHORIZED ON|POS PURCHASE|DEBIT CARD PURCHASE|CHECKCARD|CHECK CARD)\b/, "card"],
  [/^(?:RETRAIT|RET)\s+(?:DAB|GAB|DISTRIBUTEUR|ESPECES)\b|^RETRAIT\b|^(?:ATM|CASH)\s+(?:WITHDRAWAL|WDL)\b|^CASH\s+MACHINE\b|^ATM\b|^WDL\b/, "withdrawal"],
  [/^(?:CB|CARTE|CARD|VISA|MASTERCARD|POS|CONTACTLESS|DEBIT CARD|CARD PAYMENT|CARD PURCHASE)\b(?:\s+(?:PURCHASE|PAYMENT|TO|DEBIT)\b)?/, "card"],
  [/^(?:PRLV|PRELEVEMENT|PRELEVMT|PRELEVMNT|PRLVT|PRL)\s*(?:SEPA|EUROPEEN)?\b|^(?:DIRECT DEBIT(?: PAYMENT)?|DIRECTDEBIT|DDR|DD|ACH DEBIT|ACH PMT|ACH WITHDRAWAL)\b|^ECHEANCE\b/, "direct_debit"],
  [/^(?:VIR(?:EMENT)?|VRT)[\s.]*(?:SEPA|INST(?:ANTANE)?|INSTANTANE|EUROPEEN)?\s*(?:RECU|RECUS|RE|DE|EN VOTRE FAVEUR|FAVEUR|CREDIT)\b|^(?:BANK CREDIT|BANK GIRO CREDIT|CREDIT TRANSFER|TRANSFER FROM|DIRECT DEP(?:OSIT)?|ACH CREDIT|ZELLE (?:PAYMENT )?FROM|FASTER PAYMENT(?:S)? (?:RECEIVED|FROM)|FPI|BGC|BACS CREDIT|DEPOSIT|INCOMING TRANSFER)\b/, "transfer_in"],
  [/^(?:VIR(?:EMENT)?|VRT)[\s.]*(?:SEPA|INST(?:ANTANE)?|PERMANENT|PERM|EUROPEEN)?\s*(?:EMIS|EMIS WEB|VERS|A|POUR|DEBIT|FAVEUR TIERS)\b|^(?:TRANSFER TO|BANK TRANSFER TO|ZELLE (?:PAYMENT )?TO|STANDING ORDER|FASTER PAYMENT(?:S)? (?:TO|SENT)|FPO|OUTGOING TRANSFER|BILL PAYMENT)\b/, "transfer_out"],
  [/^(?:VIR(?:EMENT)?|VRT)[\s.]*(?:SEPA|INST(?:ANTANE)?|PERMANENT|PERM|EUROPEEN|WEB)?\b|^(?:TRANSFER|TFR|XFER|TRF)\b/, "transfer"],
  [/^(?:REMISE\s+(?:DE\s+)?)?(?:CHQ|CHEQUE|CHEQ|CHECK|CHECKS|CHQUE)\b/, "check"],
  [/^(?:FRAIS|COMMISSION|COMMISSIONS|COM|COTISATION|COTIS|AGIOS|INTERETS DEBITEURS|INT DEBITEURS|TENUE DE COMPTE|OFFRE GROUPEE)\b|^(?:FEE|FEES|OVERDRAFT|INTEREST CHARGED|SERVICE CHARGE|MONTHLY (?:ACCOUNT )?FEE|ACCOUNT FEE)\b/, "fee"],
];

export interface KindMatch {
  kind: OperationKind;
  /** The label after the consumed prefix. */
  rest: string;
}

// One anchored alternation of all prefixes, one capture group each: a single regex run per label, and the
// alternation keeps the list's order (the first group that matches is the first prefix in the list).
const COMBINED = new RegExp(PREFIXES.map(([pattern]) => `(${pattern.source})`).join("|"));

export function detectKind(upperLabel: string, isCredit: boolean | null): KindMatch {
  const match = COMBINED.exec(upperLabel);
  if (!match) return { kind: "other", rest: upperLabel };
  let group = 1;
  while (match[group] === undefined) group++;
  const kind = PREFIXES[group - 1]![1];
  const rest = upperLabel.slice(match[0].length).trim();
  if (kind === "transfer") return { kind: isCredit ? "transfer_in" : "transfer_out", rest };
  return { kind, rest };
}
