/**
 * The guidance of pages that have nothing to show yet (what to do next), in English and French. Kept beside the
 * empty state rather than in the main dictionaries: only the pages' empty states use them.
 */
import type { Locale } from "@/lib/i18n";

const MESSAGES = {
  en: {
    "transactions.title": "No transaction yet",
    "transactions.body": "Import a bank statement or connect a bank: its transactions show up here, categorized.",
    "budgets.body": "Give a category a monthly amount below: each month shows what is spent against it.",
    "transfers.body": "A payment out of one of your accounts and the same amount into another, days apart, shows up here once both accounts are imported.",
  },
  fr: {
    "transactions.title": "Aucune opération pour l’instant",
    "transactions.body": "Importez un relevé bancaire ou connectez une banque : ses opérations s’affichent ici, catégorisées.",
    "budgets.body": "Donnez ci-dessous un montant mensuel à une catégorie : chaque mois montre ce qui est dépensé face à lui.",
    "transfers.body": "Un paiement sortant d’un de vos comptes et le même montant entrant sur un autre, à quelques jours d’écart, s’affichent ici une fois les deux comptes importés.",
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type EmptyMessageKey = keyof (typeof MESSAGES)["en"];

export function emptyText(locale: Locale, key: EmptyMessageKey): string {
  return MESSAGES[locale][key];
}
