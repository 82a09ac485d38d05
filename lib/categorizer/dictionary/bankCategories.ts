/**
 * The bank's (or aggregator's) own category strings → Cozy ids: the last automatic fallback. Banks and
 * aggregators use free text ("Alimentation", "Groceries", "FOOD_AND_DRINK_RESTAURANT"), so we match words.
 */
import { foldLabel } from "../normalize";
import { isBuiltInCategory } from "../tree";

// Most specific first: "Restaurants" must win over "Food", "Health insurance" over "Health".
const KEYWORDS: readonly [RegExp, string][] = [
  [/\b(?:HEALTH INSURANCE|MUTUELLE)\b/, "400620"],
  [/\b(?:CAR INSURANCE|AUTO INSURANCE|ASSURANCE AUTO)\b/, "400230"],
  [/\b(?:HOME INSURANCE|ASSURANCE HABITATION)\b/, "401040"],
  [/\b(?:RESTAURANTS?|FAST FOOD|COFFEE|BARS?|RESTAURATION|DINING)\b/, "400810"],
  [/\b(?:GROCER(?:Y|IES)|SUPERMARKETS?|ALIMENTATION|COURSES|SUPERMARCHE)\b/, "400110"],
  [/\b(?:FUEL|GAS STATIONS?|CARBURANTS?|PETROL)\b/, "400250"],
  [/\b(?:PARKING|TOLLS?|PEAGES?)\b/, "400270"],
  [/\b(?:PUBLIC TRANSPORT(?:ATION)?|TRANSPORTS EN COMMUN|TRANSIT)\b/, "400280"],
  [/\b(?:TAXI|RIDE SHARE|RIDESHARE|VTC)\b/, "400290"],
  [/\b(?:FLIGHTS?|AIRLINES?|TRAINS?|AVION)\b/, "400850"],
  [/\b(?:TRAVEL|HOTELS?|LODGING|VOYAGES?|VACANCES)\b/, "400840"],
  [/\b(?:RENT|LOYER)\b/, "401020"],
  [/\b(?:MORTGAGE|PRET IMMOBILIER)\b/, "401010"],
  [/\b(?:UTILITIES|ENERGY|ENERGIE|ELECTRICITY|ELECTRICITE|GAZ)\b/, "401080"],
  [/\b(?:WATER|EAU)\b/, "401070"],
  [/\b(?:TELECOM|PHONE|MOBILE|INTERNET|TELEPHONE)\b/, "400150"],
  [/\b(?:SUBSCRIPTIONS?|STREAMING|ABONNEMENTS?|ENTERTAINMENT|MUSIC|BOOKS?|MOVIES?)\b/, "400750"],
  [/\b(?:CLOTHING|APPAREL|HABILLEMENT|VETEMENTS)\b/, "400130"],
  [/\b(?:ELECTRONICS|MULTIMEDIA|HIGH TECH)\b/, "400740"],
  [/\b(?:SHOPPING|MERCHANDISE|ACHATS|E COMMERCE|ECOMMERCE)\b/, "400112"],
  [/\b(?:PHARMACY|MEDICAL|DOCTORS?|HEALTH|SANTE|PHARMACIE)\b/, "400610"],
  [/\b(?:SPORTS?|GYM|FITNESS|LOISIRS?|RECREATION)\b/, "400700"],
  [/\b(?:SALARY|SALAIRES?|PAYROLL|WAGES)\b/, "200110"],
  [/\b(?:PENSION|RETRAITE|RETIREMENT)\b/, "200190"],
  [/\b(?:INTEREST|INTERETS)\b/, "200130"],
  [/\b(?:DIVIDENDS?|DIVIDENDES?)\b/, "200140"],
  [/\b(?:INCOME|REVENUS?)\b/, "200100"],
  [/\b(?:TAX(?:ES)?|IMPOTS?)\b/, "400500"],
  [/\b(?:BANK FEES?|FEES|FRAIS BANCAIRES|FRAIS|CHARGES BANCAIRES)\b/, "400340"],
  [/\b(?:ATM|CASH|RETRAITS?|ESPECES|WITHDRAWAL)\b/, "300"],
  [/\b(?:CHE(?:QUE|CK)S?)\b/, "200"],
  [/\b(?:SAVINGS|EPARGNE)\b/, "600170"],
  [/\b(?:INVESTMENTS?|PLACEMENTS?)\b/, "600150"],
  [/\b(?:TRANSFERS?|VIREMENTS?)\b/, "100"],
  [/\b(?:EDUCATION|SCHOOL|FORMATION|TUITION)\b/, "400900"],
  [/\b(?:KIDS|CHILDREN|CHILDCARE|ENFANTS)\b/, "400400"],
  [/\b(?:PETS?|ANIMAUX)\b/, "400140"],
  [/\b(?:GIFTS?|CADEAUX)\b/, "400180"],
  [/\b(?:CHARITY|DONATIONS?|DONS)\b/, "400170"],
  [/\b(?:PERSONAL CARE|BEAUTY|BEAUTE|COIFFEUR)\b/, "400190"],
  [/\b(?:HOME|HOUSING|LOGEMENT|MAISON)\b/, "401000"],
  [/\b(?:TRANSPORT(?:ATION)?|VEHICLES?|AUTO)\b/, "400200"],
  [/\b(?:FOOD|DRINK)\b/, "400110"],
];

export function mapBankCategory(bankCategory: string | null): string | null {
  if (!bankCategory) return null;
  const trimmed = bankCategory.trim();
  if (isBuiltInCategory(trimmed) && trimmed !== "0") return trimmed;
  const folded = foldLabel(trimmed).replace(/[^A-Z0-9]+/g, " ");
  for (const [pattern, categoryId] of KEYWORDS) if (pattern.test(folded)) return categoryId;
  return null;
}
