/** Strings of the shared UI pieces (budget wording, bill match confidence, pickers, loading), spread into en.ts and fr.ts. */
export const uiEn = {
  "ui.loading": "Loading…",
  "ui.pagination": "Pages",
  "ui.dashboard.accounts": "Accounts",

  "budget.spentOf": "{spent} spent of {available}",
  "budget.spent": "{spent} spent",
  "budget.left": "{amount} left",
  "budget.over": "{amount} over budget",
  "budget.nothingLeft": "Nothing left this month",
  "budget.carriedIn": "{budget} budget + {carry} carried over",
  "budget.carriedDebt": "{budget} budget − {debt} overspent in earlier months",
  "budget.overBadge": "Over budget",
  "budget.month": "{month}",
  "budget.chooseCategory": "Choose a category",
  "budget.startMonth": "Roll over from",
  "budget.startMonth.none": "This month",

  "bills.confidence.reference": "Certain (reference found)",
  "bills.confidence.high": "High",
  "bills.confidence.medium": "Medium",
  "bills.confidence.low": "Low",
  "bills.confidence.manual": "Linked by hand",
  "bills.links.col.confidence": "Confidence",

  "tx.explorer.subtitle": "Every account of the household: filter, see the totals, change or export what the filter shows. Tirelire learns from each category you choose.",
  "tx.filters.more": "More filters",
  "tx.bulk.categoryApply": "Set category",
  "tx.why": "Why this category",
} as const;

export const uiFr: Record<keyof typeof uiEn, string> = {
  "ui.loading": "Chargement…",
  "ui.pagination": "Pages",
  "ui.dashboard.accounts": "Comptes",

  "budget.spentOf": "{spent} dépensés sur {available}",
  "budget.spent": "{spent} dépensés",
  "budget.left": "Reste {amount}",
  "budget.over": "Dépassement de {amount}",
  "budget.nothingLeft": "Plus rien de disponible ce mois-ci",
  "budget.carriedIn": "budget de {budget} + {carry} reportés",
  "budget.carriedDebt": "budget de {budget} − {debt} de dépassement les mois précédents",
  "budget.overBadge": "Budget dépassé",
  "budget.month": "{month}",
  "budget.chooseCategory": "Choisissez une catégorie",
  "budget.startMonth": "Report à partir de",
  "budget.startMonth.none": "Ce mois-ci",

  "bills.confidence.reference": "Certaine (référence trouvée)",
  "bills.confidence.high": "Élevée",
  "bills.confidence.medium": "Moyenne",
  "bills.confidence.low": "Faible",
  "bills.confidence.manual": "Lié à la main",
  "bills.links.col.confidence": "Confiance",

  "tx.explorer.subtitle": "Tous les comptes du foyer : filtrez, voyez les totaux, modifiez ou exportez ce que montre le filtre. Tirelire apprend de chaque catégorie choisie.",
  "tx.filters.more": "Plus de filtres",
  "tx.bulk.categoryApply": "Changer la catégorie",
  "tx.why": "Pourquoi cette catégorie",
};
