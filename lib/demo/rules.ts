/**
 * The rules and manual corrections a real household would have made after a few months: rent with its
 * landlord as payee, doctors and reimbursements as health, the savings standing order and the card statement
 * as internal movements, the UK flat's rent as rental income. Pure data, validated by the rule schema on save.
 */
import type { RuleInput } from "../categorizer/rules";

export const DEMO_RULES: readonly Omit<RuleInput, "id">[] = [
  {
    name: "Loyer (M. Bernard)", position: 10,
    conditions: [{ field: "rawLabel", op: "contains", value: "MOTIF LOYER" }],
    actions: [{ type: "setCategory", categoryId: "401020" }, { type: "setPayee", payee: "M. Bernard (propriétaire)" }],
  },
  {
    name: "Consultations médicales", position: 20,
    conditions: [{ field: "rawLabel", op: "regex", value: "\\b(DR|CABINET DENTAIRE)\\b" }, { field: "amount", op: "sign", sign: "debit" }],
    actions: [{ type: "setCategory", categoryId: "400610" }],
  },
  {
    name: "Remboursements santé (CPAM, mutuelle)", position: 30, conditionsOp: "or",
    conditions: [{ field: "rawLabel", op: "contains", value: "/DE CPAM" }, { field: "rawLabel", op: "contains", value: "MOTIF REMB SOINS" }],
    actions: [{ type: "setCategory", categoryId: "400610" }, { type: "addTag", tag: "remboursement" }],
  },
  {
    name: "Épargne Livret A", position: 40,
    conditions: [{ field: "rawLabel", op: "contains", value: "MOTIF EPARGNE" }],
    // Money moved between the household's own accounts: left out of income and expenses.
    actions: [{ type: "markInternalTransfer" }],
  },
  {
    name: "Relevé carte à débit différé", position: 50, conditionsOp: "or",
    conditions: [{ field: "rawLabel", op: "startsWith", value: "PRLV CARTE VISA" }, { field: "rawLabel", op: "startsWith", value: "REGLEMENT RELEVE CARTE" }],
    actions: [{ type: "setCategory", categoryId: "600120" }],
  },
  {
    name: "London flat: rent received", position: 60,
    conditions: [{ field: "rawLabel", op: "contains", value: "RENT FLAT 2" }],
    actions: [{ type: "setCategory", categoryId: "200170" }, { type: "setPayee", payee: "J Smith (tenant)" }],
  },
];

/** Manual corrections: rows picked by their bank id's suffix (the demo's own ids), set to a category by hand. */
export const DEMO_CORRECTIONS: readonly { idSuffix: string; labelContains?: string; categoryId: string; limit: number }[] = [
  { idSuffix: "-gift", categoryId: "200150", limit: 10 },
  { idSuffix: "", labelContains: "DECATHLON", categoryId: "400720", limit: 3 },
  { idSuffix: "-agent", categoryId: "401030", limit: 2 },
];
