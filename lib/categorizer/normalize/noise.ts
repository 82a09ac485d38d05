/**
 * Words that carry no information about who was paid: bank boilerplate, trailing place names, country and
 * state codes. Kept as sets so normalization stays one pass over the tokens.
 */

/** Dropped wherever they appear. */
export const BOILERPLATE = new Set([
  "DU", "LE", "CARTE", "CB", "SEPA", "PMTS", "PMT", "PAYMENT", "PAYMENTS", "PAIEMENT", "FACTURE", "ACHAT", "EUR", "EUROS",
  "GBP", "USD", "POS", "VISA", "CARD", "PURCHASE", "CONTACTLESS", "SANS", "CONTACT", "NFC", "PAY", "GOOGLEPAY",
  "APPLEPAY", "BILL", "WWW", "HTTP", "HTTPS", "WEB", "TPE",
  "CONTACTLES", "SAS", "SARL", "SA", "EURL", "LTD", "LIMITED", "PLC", "INC", "LLC", "GMBH",
  "BV", "SNC", "SCI", "VIRTUAL", "VIRTUELLE", "DEBITED", "TO", "REF", "ECH", "ID", "NUM", "NO", "NR", "N",
]);

/** Dropped only at the end of the label (after the merchant), when something else remains. */
export const TRAILING_PLACES = new Set([
  "PARIS", "LYON", "MARSEILLE", "TOULOUSE", "NICE", "NANTES", "STRASBOURG", "MONTPELLIER", "BORDEAUX", "LILLE", "RENNES",
  "REIMS", "TOULON", "GRENOBLE", "DIJON", "ANGERS", "NIMES", "VILLEURBANNE", "CLERMONT", "FERRAND", "AIX", "PROVENCE",
  "BREST", "TOURS", "AMIENS", "LIMOGES", "ANNECY", "PERPIGNAN", "METZ", "BESANCON", "ORLEANS", "ROUEN", "MULHOUSE",
  "CAEN", "NANCY", "ARGENTEUIL", "MONTREUIL", "ROUBAIX", "TOURCOING", "AVIGNON", "NANTERRE", "VERSAILLES", "CRETEIL",
  "POITIERS", "PAU", "CALAIS", "CANNES", "ANTIBES", "COLMAR", "BAYONNE", "BIARRITZ", "VANNES", "LORIENT", "QUIMPER",
  "CHAMBERY", "VALENCE", "TROYES", "BOULOGNE", "BILLANCOURT", "NEUILLY", "SEINE", "LEVALLOIS", "ISSY", "MOULINEAUX",
  "VINCENNES", "CEDEX", "LA", "DEFENSE", "ROISSY", "ORLY", "MASSY", "EVRY", "CERGY", "LUXEMBOURG", "BRUXELLES", "GENEVE",
  "LAUSANNE", "BRUSSELS", "AMSTERDAM", "DUBLIN", "LONDON", "LONDRES", "MANCHESTER", "BIRMINGHAM", "LEEDS", "GLASGOW",
  "EDINBURGH", "BRISTOL", "LIVERPOOL", "SHEFFIELD", "CARDIFF", "BELFAST", "NEWCASTLE", "NOTTINGHAM", "LEICESTER",
  "OXFORD", "CAMBRIDGE", "BRIGHTON", "READING", "YORK", "NEW", "SEATTLE", "CHICAGO", "BOSTON", "AUSTIN", "DENVER",
  "TORONTO", "MONTREAL", "VANCOUVER", "SYDNEY", "MELBOURNE", "AUCKLAND", "SAN", "FRANCISCO", "LOS", "ANGELES",
  "MOUNTAIN", "VIEW", "CUPERTINO", "SUNNYVALE", "LUXEMBOURG", "CORK", "GALWAY", "BERLIN", "MADRID", "BARCELONA",
  "ROME", "MILAN", "LISBON", "LISBOA", "PORTO",
]);

/** ISO country codes and US states that banks append: dropped at the end only. */
export const TRAILING_CODES = new Set([
  "FR", "FRA", "GB", "GBR", "UK", "US", "USA", "IE", "IRL", "LU", "LUX", "NL", "NLD", "BE", "BEL", "DE", "DEU", "ES", "ESP",
  "IT", "ITA", "CH", "CHE", "PT", "PRT", "CA", "CAN", "AU", "AUS", "NZ", "WA", "NY", "TX", "FL", "IL", "MA", "NJ", "GA",
  "VA", "WAS", "EME", "ER", "E",
]);

/** Payment facilitators: "PAYPAL *NETFLIX" means Netflix. */
export const FACILITATORS = new Set(["PAYPAL", "PP", "SQ", "SUMUP", "SUM", "ZETTLE", "IZ", "IZETTLE", "SP", "STRIPE", "LYF", "PAYPLUG", "TST", "SQU", "GOOGLE"]);

/** Keywords opening a reference/metadata tail in direct debits and transfers: everything after is dropped. */
export const TAIL_MARKERS = new Set(["ECH", "ID", "REF", "RUM", "MDT", "MANDAT", "NUM", "IBAN", "BIC", "EMETTEUR", "REFERENCE", "REF.", "CREANCIER", "ICS", "REFDO", "REFBEN"]);

/** Small words kept lower-case (or as is) when title-casing. */
export const SMALL_WORDS = new Set(["DE", "DU", "DES", "LA", "LE", "LES", "ET", "AU", "AUX", "THE", "OF", "AND", "EN", "A", "D", "L"]);
