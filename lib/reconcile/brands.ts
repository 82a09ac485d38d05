/**
 * Brand dictionary: how a vendor's payments read on a bank statement. Written for Tirelire (Cozy keeps the same
 * idea in brands.json / konnector manifests' banksTransactionRegExp). A bill's vendor is looked up by name or
 * alias, case- and accent-insensitively; unknown vendors fall back to \b<vendor>\b (escaped, unlike Cozy).
 * `isHealth` marks insurers whose bills are health bills even when a konnector forgets `type: health_costs`.
 */
export interface Brand {
  name: string;
  aliases: readonly string[];
  regex: string;
  isHealth: boolean;
}

const brand = (name: string, regex: string, aliases: string[] = [], isHealth = false): Brand => ({ name, aliases, regex, isHealth });

export const BRANDS: readonly Brand[] = [
  // Energy and water
  brand("EDF", "\\bedf\\b|electricite de france", ["edf-particuliers", "edf particuliers"]),
  brand("Engie", "\\bengie\\b|\\bgdf\\b|gaz de france", ["gdf suez"]),
  brand("TotalEnergies", "total ?energies|total direct energie|\\btotal\\b", ["total", "total direct energie", "direct energie"]),
  brand("Eni", "\\beni\\b( gas| gaz)?", ["eni gas & power"]),
  brand("Ekwateur", "ekwateur"),
  brand("Veolia", "veolia|\\bveolia eau\\b", ["veolia eau"]),
  brand("Suez", "\\bsuez\\b|eau du grand", ["suez eau"]),
  // Telecom
  brand("Free", "\\bfree ?(mobile|telecom|haut debit)?\\b", ["free mobile", "freemobile", "free telecom"]),
  brand("Orange", "\\borange\\b|\\bsosh\\b|france telecom", ["sosh"]),
  brand("SFR", "\\bsfr\\b|red by sfr|\\bnumericable\\b", ["red by sfr", "red"]),
  brand("Numéricable", "numericable|\\bncnumericable\\b", ["numericable"]),
  brand("Bouygues Telecom", "bouygues ?(telecom|tel)?|\\bb ?& ?you\\b", ["bouygues", "bouyguestelecom", "b&you"]),
  // Transport
  brand("SNCF", "\\bsncf\\b|oui\\.?sncf|sncf connect|\\bouigo\\b|\\btgv\\b", ["sncf connect", "oui.sncf", "ouigo"]),
  brand("RATP", "\\bratp\\b|navigo", ["navigo"]),
  brand("Uber", "\\buber\\b"),
  brand("BlaBlaCar", "blablacar"),
  brand("Air France", "air ?france"),
  // Health insurers (bills are reimbursements: health)
  brand("Ameli", "\\bcpam\\b|c\\.p\\.a\\.m|caisse primaire|assurance maladie|\\bameli\\b", ["cpam", "assurance maladie", "caisse primaire d'assurance maladie"], true),
  brand("Harmonie", "harmonie ?mutuelle|\\bharmonie\\b", ["harmonie mutuelle"], true),
  brand("MGEN", "\\bmgen\\b", [], true),
  brand("Alan", "\\balan\\b( ?sa| ?insurance)?", ["alan insurance"], true),
  brand("Malakoff Humanis", "malakoff|humanis|\\bmederic\\b", ["malakoff mederic", "humanis", "malakoff humanis"], true),
  brand("Generali", "generali", [], true),
  brand("EoviMCD", "eovi|\\bmcd\\b|aesio", ["aesio"], true),
  brand("La Mutuelle Générale", "mutuelle generale|\\blmg\\b", ["lamutuellegenerale", "la mutuelle generale"], true),
  brand("MAAF Santé", "\\bmaaf\\b", ["maaf"]),
  brand("AXA", "\\baxa\\b"),
  brand("MAIF", "\\bmaif\\b"),
  brand("MACIF", "\\bmacif\\b"),
  // Online shops and subscriptions
  brand("Amazon", "amazon|\\bamzn\\b|amz ?digital|\\bprime video\\b", ["amazon.fr", "amazon prime"]),
  brand("Apple", "apple\\.com|\\bitunes\\b|apple ?store", ["apple.com"]),
  brand("Google", "google", ["google play"]),
  brand("Netflix", "netflix"),
  brand("Spotify", "spotify"),
  brand("Deezer", "deezer"),
  brand("Canal+", "canal ?\\+|canalplus|canal plus", ["canalplus", "canal plus"]),
  brand("Fnac", "\\bfnac\\b", ["fnac darty"]),
  brand("Darty", "\\bdarty\\b"),
  brand("Cdiscount", "cdiscount"),
  brand("Decathlon", "decathlon"),
  brand("IKEA", "\\bikea\\b"),
  brand("Leroy Merlin", "leroy ?merlin"),
  // Groceries and everyday life
  brand("Carrefour", "carrefour"),
  brand("E.Leclerc", "leclerc|\\be\\.? ?leclerc\\b", ["leclerc"]),
  brand("Auchan", "auchan"),
  brand("Intermarché", "intermarche|\\bitm\\b", ["intermarche"]),
  brand("Lidl", "\\blidl\\b"),
  brand("Monoprix", "monoprix"),
  brand("La Poste", "la ?poste|\\bcolissimo\\b", ["colissimo"]),
  brand("Impots", "dgfip|impot|tresor public|finances publiques", ["dgfip", "impots.gouv"]),
];

/** Lower-cased, accents and punctuation folded, so "Numéricable", "numericable" and "NUMERICABLE" meet. */
export function foldName(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9+&]+/g, " ").trim();
}

const byName = new Map<string, Brand>();
for (const entry of BRANDS) {
  for (const name of [entry.name, ...entry.aliases]) {
    const key = foldName(name);
    if (!byName.has(key)) byName.set(key, entry);
  }
}

// Vendors repeat across bills (100k bills, a few hundred vendors): fold and look each up once.
const brandCache = new Map<string, Brand | null>();

export function findBrand(vendor: string | null): Brand | null {
  if (!vendor) return null;
  let brand = brandCache.get(vendor);
  if (brand === undefined) {
    if (brandCache.size > 50_000) brandCache.clear();
    brandCache.set(vendor, (brand = byName.get(foldName(vendor)) ?? null));
  }
  return brand;
}

const foldCache = new Map<string, string>();

/** foldName, memoized: grouping keys fold the same vendor names over and over. */
export function foldVendor(vendor: string | null): string {
  if (!vendor) return "";
  let folded = foldCache.get(vendor);
  if (folded === undefined) {
    if (foldCache.size > 50_000) foldCache.clear();
    foldCache.set(vendor, (folded = foldName(vendor)));
  }
  return folded;
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Cozy's getBillRegexp: the bill's own labelRegex, else the brand's, else \b<vendor>\b; null without a vendor. */
export function billRegexSource(vendor: string | null, labelRegex: string | null): string | null {
  if (labelRegex) return labelRegex;
  if (!vendor || !vendor.trim()) return null;
  // Cozy's \b<vendor>\b, escaped, with boundaries that also hold next to punctuation ("C&A (web)").
  return findBrand(vendor)?.regex ?? `(?<![a-z0-9])${escapeRegex(vendor.trim())}(?![a-z0-9])`;
}
