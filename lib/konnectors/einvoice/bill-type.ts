/**
 * Guesses the Cozy bill type (energy, phone, internet, insurance, health_costs, transport, other) from the
 * seller's name first, then from what the invoice is about (line items, notes), and names well-known consumer
 * vendors found in plain-PDF text.
 */
export type BillType = "energy" | "phone" | "internet" | "insurance" | "health_costs" | "transport" | "rent" | "other";

interface Brand {
  name: string;
  pattern: RegExp;
  type: BillType;
}

// Consumer vendors French and German households receive bills from (plain PDFs, no e-invoice).
const BRANDS: readonly Brand[] = [
  { name: "EDF", pattern: /\bEDF\b|[ée]lectricit[ée] de france/i, type: "energy" },
  { name: "Engie", pattern: /\bengie\b/i, type: "energy" },
  { name: "TotalEnergies", pattern: /total\s?energies/i, type: "energy" },
  { name: "Enedis", pattern: /\benedis\b/i, type: "energy" },
  { name: "Vattenfall", pattern: /\bvattenfall\b/i, type: "energy" },
  { name: "E.ON", pattern: /\bE\.ON\b/, type: "energy" },
  { name: "Free Mobile", pattern: /\bfree\s?mobile\b/i, type: "phone" },
  { name: "Free", pattern: /\bfree(box)?\b.*\b(telecom|t[ée]l[ée]com|haut d[ée]bit|freebox)|\bfreebox\b/i, type: "internet" },
  { name: "Bouygues Telecom", pattern: /bouygues\s+t[ée]l[ée]com/i, type: "phone" },
  { name: "SFR", pattern: /\bSFR\b/, type: "phone" },
  { name: "Orange", pattern: /\borange\b.*\b(mobile|internet|livebox|t[ée]l[ée]com)|\blivebox\b/i, type: "phone" },
  { name: "Sosh", pattern: /\bsosh\b/i, type: "phone" },
  { name: "Deutsche Telekom", pattern: /\btelekom\b/i, type: "phone" },
  { name: "Vodafone", pattern: /\bvodafone\b/i, type: "phone" },
  { name: "Ameli", pattern: /\bameli\b|\bCPAM\b|caisse primaire/i, type: "health_costs" },
  { name: "Harmonie Mutuelle", pattern: /harmonie\s+mutuelle/i, type: "health_costs" },
  { name: "MGEN", pattern: /\bMGEN\b/, type: "health_costs" },
  { name: "MAIF", pattern: /\bMAIF\b/, type: "insurance" },
  { name: "MACIF", pattern: /\bMACIF\b/, type: "insurance" },
  { name: "AXA", pattern: /\bAXA\b/, type: "insurance" },
  { name: "Allianz", pattern: /\ballianz\b/i, type: "insurance" },
  { name: "SNCF", pattern: /\bSNCF\b/i, type: "transport" },
  { name: "RATP", pattern: /\bRATP\b/, type: "transport" },
  { name: "Deutsche Bahn", pattern: /deutsche\s+bahn/i, type: "transport" },
];

// Checked in this order: an insurer selling car insurance is "insurance", not "transport".
const TYPE_WORDS: readonly [BillType, RegExp][] = [
  ["insurance", /versicherung|assurance|insurance|insurer|assureur|verzekering|haftpflicht|prévoyance|prevoyance/i],
  ["health_costs", /physio|arzt|ärzt|zahnarzt|médecin|medecin|docteur|doctor|dentist|dentaire|pharma|apothek|krankenkasse|kranken|hôpital|hopital|hospital|klinik|clinic|mutuelle|santé|sante|health|kiné|kine|ostéo|osteo|therap|orthodont|optici|radiolog|laborat/i],
  ["energy", /energie|énergie|energy|strom|électricité|electricite|electricity|elektri|gas\b|gaz\b|erdgas|netzbetreiber|grid operator|kwh|heizung|fernwärme|stadtwerke|enexis|\bwater\b|\bwasser\b|\beau\b|fioul|heizöl/i],
  ["internet", /internet|fibre|fiber|glasfaser|dsl|broadband|haut débit|box internet|web hosting|hébergement/i],
  ["phone", /t[ée]l[ée]phon|telefon|\bmobile?\b|mobilfunk|\bhandy|telecom|télécom|forfait|\bsim\b|roaming/i],
  // Word starts matter here: notes carry addresses ("Bahnhofstraße", "Immobilien", "Wasserweg").
  ["transport", /verkehr|öpnv|oepnv|\btransport|\btaxi|\bbahn(card|ticket)?\b|deutsche bahn|fahrkarte|fahrschein|-fahrten|\bfahrt|\bticket|\bbillet|\btrain\b|\bbus\b|\btram\b|\bm[ée]tro\b|\buber\b|p[ée]age|\bmaut\b|\bparking|\bparken/i],
  ["rent", /\bmiete\b|\bloyer\b|\brent\b|kaltmiete|nebenkosten|charges locatives/i],
];

export function findBrand(text: string): Brand | null {
  return BRANDS.find((brand) => brand.pattern.test(text)) ?? null;
}

export interface TypeEvidence {
  sellerName: string | null;
  typeCode: string | null;
  /** Line item names, then notes: checked in that order, the notes being noisier (addresses, phone lines). */
  lineNames: readonly string[];
  notes: readonly string[];
}

export function guessBillType(evidence: TypeEvidence): BillType {
  if (evidence.typeCode === "575") return "insurance";
  const seller = evidence.sellerName ?? "";
  const brand = seller ? findBrand(seller) : null;
  if (brand) return brand.type;
  for (const [type, words] of TYPE_WORDS) if (words.test(seller)) return type;
  const lines = evidence.lineNames.join("\n");
  for (const [type, words] of TYPE_WORDS) if (words.test(lines)) return type;
  // Notes carry the seller's contact block ("Telefon: …"): a phone number there says nothing about the bill.
  const notes = evidence.notes.join("\n");
  for (const [type, words] of TYPE_WORDS) if (type !== "phone" && words.test(notes)) return type;
  return "other";
}
