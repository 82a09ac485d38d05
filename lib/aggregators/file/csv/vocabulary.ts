/**
 * What a header cell means, in the languages of the exports we meet (EN FR DE NL DA SV ES IT, plus PT, CS and HU
 * seen in fixtures). Headers are compared normalized: lower case, accents dropped, punctuation as spaces.
 * A header only proposes a role; content checks (dates must read as dates, amounts as amounts) confirm it.
 */
export type ColumnRole =
  | "date"
  | "valueDate"
  | "label"
  | "payee"
  | "memo"
  | "amount"
  | "debit"
  | "credit"
  | "indicator"
  | "type"
  | "currency"
  | "balance"
  | "reference"
  | "checkNumber"
  | "category"
  | "account"
  | "status"
  /** Known columns that are none of the above (addresses, times, exchange rates): never guessed as text or amounts. */
  | "other";

const EXACT: Record<ColumnRole, string[]> = {
  date: [
    "date", "transaction date", "trans date", "posting date", "posted date", "booking date", "date processed", "txn date",
    "completed date", "date operation", "date de l operation", "date d operation", "date comptable", "date de comptabilisation",
    "date transaction", "datum", "buchungstag", "buchungsdatum", "transactiedatum", "boekdatum", "boekingsdatum", "fecha",
    "fecha operacion", "fecha de operacion", "fecha contable", "data", "data operazione", "data contabile", "data movimento",
    "data lancamento", "bogforingsdato", "bogfort", "dato", "bokforingsdag", "bokforingsdatum", "transaktionsdatum",
    "datum provedeni", "tranzakcio datuma", "konyvelesi datum", "buchung", "buchungstag datum",
  ],
  valueDate: [
    "value date", "valuta", "valutadatum", "valuta datum", "wertstellung", "wertstellungsdatum", "rentedatum", "date de valeur",
    "date valeur", "fecha valor", "fecha de valor", "data valuta", "valordato", "valutadag", "erteknap", "datum zauctovani",
    "effective date", "settlement date", "post date", "f valor", "started date",
  ],
  label: [
    "description", "details", "transaction description", "transaction details", "narrative", "text", "particulars",
    "verwendungszweck", "umsatztext", "omschrijving", "naam omschrijving", "libelle", "libelle operation", "libelle de l operation",
    "detail de l ecriture", "detail", "concepto", "descripcion", "descrizione", "descrizione operazione", "causale", "historico",
    "beskrivelse", "tekst", "beskrivning", "meddelande", "zprava", "reszletek", "transaction", "label", "libelle court", "desc",
    "libelle long", "wording", "purpose", "reference text", "booking text", "transaction text", "beschreibung",
    "avisierungstext", "buchungsdetails",
  ],
  payee: [
    "payee", "payee name", "beneficiary", "counterparty", "counterparty name", "merchant", "merchant name",
    "naam tegenpartij", "tegenrekeninghouder", "naam tegenrekening", "beguenstigter zahlungspflichtiger",
    "begunstigter zahlungspflichtiger", "auftraggeber empfanger", "auftraggeber empfaenger", "empfanger", "zahlungsempfanger",
    "auftraggeber", "name zahlungsbeteiligter", "tiers", "beneficiaire", "nom du tiers", "partner neve", "beneficiario",
    "ordinante", "modtager", "mottagare", "nazev protiuctu", "empfangername", "empfaengername", "auftraggebername",
    "zahlungsempfaenger", "begunstigter auftraggeber", "beguenstigter auftraggeber", "auftraggeber begunstigter",
    "auftraggeber zahlungsempfanger", "zahlungsempfanger auftraggeber", "partner name", "recipient", "counter party", "handelaar", "counteraccount name", "counter account name", "nom du beneficiaire", "destinataire", "beneficiaire ordonnateur",
    // Last: a bare "name" is often the account holder's own name (KBC "Naam").
    "name", "naam",
  ],
  memo: [
    "memo", "notes", "note", "remarks", "comment", "comments", "buchungstext", "poznamka", "kozlemeny", "mitteilung", "mededelingen",
    "communication", "vrije mededeling", "observaciones", "additional information", "toelichting", "message for payee",
  ],
  amount: [
    "amount", "value", "transaction amount", "betrag", "umsatz", "bedrag", "montant", "montant de l operation", "importe",
    "importo", "valor", "belob", "belopp", "beloeb", "zauctovana castka", "castka", "tranzakcio osszege", "osszeg",
    "buchungsbetrag", "booked amount", "transaction amount eur",
  ],
  debit: [
    "debit", "debit amount", "debits", "withdrawal", "withdrawals", "paid out", "money out", "out", "soll", "debet", "af",
    "debito", "cargo", "cargos", "addebiti", "addebito", "uscite", "udbetaling", "uttag", "ausgang", "kiadas", "lastschrift", "belastung",
  ],
  credit: [
    "credit", "credit amount", "credits", "deposit", "deposits", "paid in", "money in", "in", "haben", "bij", "credito", "abono",
    "abonos", "accrediti", "accredito", "entrate", "indbetaling", "insattning", "eingang", "bevetel", "gutschrift",
  ],
  indicator: [
    "credit debit", "creditdebet", "debit credit", "debet credit", "af bij", "d c", "c d", "d k", "dr cr", "cr dr", "soll haben",
    "s h", "debit credit indicator", "credit debit indicator", "bevetel kiadas", "cd", "dc", "sign",
  ],
  type: ["type", "transaction type", "typ transakce", "tipo", "tipo movimento", "type betaling", "tranzakcio tipusa"],
  currency: [
    "currency", "ccy", "curr", "currency code", "waehrung", "wahrung", "munt", "devise", "moneda", "divisa", "valutacode",
    "valuta code", "monn", "mena", "mena uctu", "devizanem", "tranzakcio devizaneme",
  ],
  balance: [
    "balance", "running balance", "saldo", "saldo na trn", "saldo na transactie", "kontostand", "solde", "saldo disponible",
    "egyenleg", "saldo efter transaktion", "balance after", "account balance", "running bal", "ledger balance", "disponible", "bokfort saldo",
  ],
  reference: [
    "reference", "ref", "reference no", "reference number", "transaction id", "transaction reference", "transaction reference number", "id", "fitid",
    "referentie", "transactiereferentie", "zahlungsreferenz", "referenz", "riferimento", "referencia", "numero do documento",
    "n de transaction", "no de transaction", "numero de transaction", "numero d operation", "n d operation", "n operation", "id transakce", "bank reference", "transaction number",
    "volgnr",
  ],
  checkNumber: ["check number", "cheque number", "check no", "cheque no", "check", "cheque", "check or slip", "check or slip no", "chequenummer", "numero de cheque", "scheck nr"],
  category: ["category", "kategorie", "categorie", "categoria", "kategorie transakce"],
  account: [
    "account", "account no", "account number", "iban", "iban bban", "rekeningnummer", "rekening", "kontonummer", "auftragskonto",
    "konto", "compte", "numero de compte", "bank account", "account id", "cuenta", "conto", "cislo uctu", "szamlaszam", "iban auftraggeberkonto", "auftraggeberkonto",
  ],
  status: ["status", "state", "statut", "transaction status", "buchungsstatus", "estado", "stato", "info"],
  other: [
    "address", "adresse", "adres", "anschrift", "time", "heure", "uhrzeit", "tijd", "hora", "ora", "exchange rate", "wechselkurs",
    "umrechnungskurs", "koers", "taux de change", "tipo de cambio", "fx rate", "card number", "card no", "kartennummer",
    "zip", "city", "ort", "plz", "country", "land", "bic", "blz", "swift", "kaarthouder", "cardholder", "card holder", "card member",
    "kredietkaart", "karteninhaber",
  ],
};

const exactIndex = new Map<string, { role: ColumnRole; rank: number }>();
for (const [role, names] of Object.entries(EXACT) as [ColumnRole, string[]][]) {
  names.forEach((name, rank) => {
    if (!exactIndex.has(name)) exactIndex.set(name, { role, rank });
  });
}

// Prefix rules for headers with units or numbering ("Amount (EUR)", "Withdrawals (SGD)", "VWZ3", "Description 2").
const PREFIX_RULES: [RegExp, ColumnRole][] = [
  [/^(credit ?debit|debit ?credit|debet ?credit|af ?bij)\b/, "indicator"],
  [/\b(ausgehend|outgoing|sortant)\b/, "debit"],
  [/\b(eingehend|incoming|entrant)\b/, "credit"],
  [/^(amount|betrag|bedrag|montant|importe|importo|belob|belopp|umsatz)\b/, "amount"],
  [/^(withdrawal|debit|debet|paid out|money out|lastschrift|belastung)/, "debit"],
  [/^(deposit|credit|paid in|money in|gutschrift)/, "credit"],
  [/^(wertstellung|valuta|value date|date de valeur|date valeur)\b/, "valueDate"],
  [/^(balance|saldo|solde|kontostand)\b/, "balance"],
  [/^(vwz|verwendungszweck|omschrijving|description|libelle|descrizione|detail)\s*\d*$/, "label"],
  [/^(currency|waehrung|wahrung|devise)\b/, "currency"],
  [/^(date|datum|fecha|data)\b/, "date"],
  [/\b(saldo|balance|solde)$/, "balance"],
  [/\b(id|identifier)$/, "reference"],
];

/** "Montant de l'opération" → "montant de l operation". */
export function normalizeHeader(header: string): string {
  return header
    // camelCase headers ("RunningBalance", "CheckNumber", Boursorama's "dateOp") read as words.
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export function roleOfHeader(header: string): ColumnRole | null {
  return rankedRoleOfHeader(header)?.role ?? null;
}

/** The role and how typical the header is for it (0 = most): when two columns claim a role, the lower rank wins. */
export function rankedRoleOfHeader(header: string): { role: ColumnRole; rank: number } | null {
  const normalized = normalizeHeader(header);
  if (!normalized) return null;
  const exact = exactIndex.get(normalized);
  if (exact) return exact;
  for (const [pattern, role] of PREFIX_RULES) if (pattern.test(normalized)) return { role, rank: 100 };
  return null;
}

/** Indicator cell values, normalized like headers, and which way they send the money. */
// "O"/"I" (out/in): Austrian Raiffeisen's flag column.
const DEBIT_TOKENS = ["d", "dr", "db", "debit", "dbit", "debet", "af", "s", "soll", "kiadas", "outflow", "out", "o", "debito", "cargo", "addebito", "uscita", "-"];
const CREDIT_TOKENS = ["c", "cr", "k", "credit", "crdt", "bij", "h", "haben", "bevetel", "inflow", "in", "i", "credito", "abono", "accredito", "entrata", "+"];

const indicatorTokens = new Map<string, "debit" | "credit">([
  ...DEBIT_TOKENS.map((t): [string, "debit"] => [t, "debit"]),
  ...CREDIT_TOKENS.map((t): [string, "credit"] => [t, "credit"]),
]);

export function indicatorDirection(value: string): "debit" | "credit" | null {
  const trimmed = value.trim();
  if (trimmed === "-" || trimmed === "+") return trimmed === "-" ? "debit" : "credit";
  return indicatorTokens.get(normalizeHeader(trimmed)) ?? null;
}

const OPENING_LABELS = new Set(["saldo anterior", "saldo inicial", "opening balance", "solde precedent", "solde initial", "ancien solde", "anfangssaldo", "alter kontostand", "beginsaldo", "startsaldo", "saldo iniziale", "previous balance", "balance brought forward", "beginning balance", "starting balance", "solde en debut de periode", "solde debut de periode", "solde d ouverture"]);
const CLOSING_LABELS = new Set(["saldo final", "saldo atual", "closing balance", "solde final", "nouveau solde", "endsaldo", "neuer kontostand", "eindsaldo", "slutsaldo", "saldo finale", "balance carried forward", "ending balance", "ledger balance", "solde en fin de periode", "solde fin de periode", "solde de cloture", "kontostand", "letzter kontostand", "schlusssaldo", "saldo", "solde"]);

const DATE_CONNECTORS = new Set(["as", "of", "at", "on", "au", "du", "le", "vom", "per", "zum", "am", "op", "al", "del", "em", "de"]);

/** "beginning balance as of 11 01 2026" → "beginning balance": the words before the first number, connectors dropped. */
function withoutDate(normalized: string): string {
  const tokens = normalized.split(" ");
  let end = tokens.findIndex((token) => /\d/.test(token));
  if (end < 0) return normalized;
  while (end > 0 && DATE_CONNECTORS.has(tokens[end - 1]!)) end--;
  return tokens.slice(0, end).join(" ");
}

const SUMMARY_LABELS = new Set(["total", "totals", "totaal", "totale", "totaux", "summe", "gesamt", "gesamtsumme", "somme", "subtotal", "sub total", "sum", "suma", "summa", "turnover", "umsatzsumme"]);

// Called on every row: a three-letter prefix check keeps normalizeHeader (regex work) off the hot path.
const LABEL_PREFIXES = new Set([...OPENING_LABELS, ...CLOSING_LABELS, ...SUMMARY_LABELS].map((label) => label.slice(0, 3)));

/** Rows that are the statement's opening or closing balance, or a total line: not transactions. */
export function rowLabelKind(label: string, isDatedWordAllowed = false): "opening" | "closing" | "summary" | null {
  if (label.length > 60 || label.length < 3) return null;
  if (!LABEL_PREFIXES.has(label.slice(0, 3).toLowerCase())) return null;
  // "Beginning balance as of 11/01/2026", "Kontostand vom 24.11.2026": the label and a date. A single word with a
  // date ("SALDO 31.12. ZINSEN") may be a real booking in a transaction's text: only outside the data rows.
  const full = normalizeHeader(label);
  const stripped = withoutDate(full);
  const normalized = stripped.includes(" ") || isDatedWordAllowed ? stripped : full;
  if (OPENING_LABELS.has(normalized)) return "opening";
  if (CLOSING_LABELS.has(normalized)) return "closing";
  if (SUMMARY_LABELS.has(normalized)) return "summary";
  return null;
}
