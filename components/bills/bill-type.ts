/**
 * A bill's Cozy type ("energy", "health_costs"…, lib/konnectors/einvoice/bill-type.ts) in the household's words;
 * a type from elsewhere that we do not know is shown as it came.
 */
import type { Locale } from "@/lib/i18n";

const TYPE_NAMES: Record<Locale, Record<string, string>> = {
  en: { energy: "Energy", phone: "Phone", internet: "Internet", insurance: "Insurance", health_costs: "Health costs", transport: "Transport", rent: "Rent", other: "Other" },
  fr: { energy: "Énergie", phone: "Téléphone", internet: "Internet", insurance: "Assurance", health_costs: "Frais de santé", transport: "Transport", rent: "Loyer", other: "Autre" },
};

export function billTypeName(type: string | null, locale: Locale): string | null {
  if (!type) return null;
  return TYPE_NAMES[locale][type] ?? type;
}
