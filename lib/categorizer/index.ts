/**
 * The categorizer's public face. The import pipeline and the UI code against these types only; the
 * implementation lives in categorize.ts (precedence), rules/, model/, dictionary/, normalize/ (pure) and
 * store.ts (the thin database loader/writer).
 */

export interface CategorizeInput {
  rawLabel: string;
  amountMinor: bigint;
  currency: string;
  date: string;
  accountId: string | null;
  bankCategory: string | null;
}

export interface CategorizeResult {
  label: string;
  payee: string | null;
  categoryId: string;
  categorySource: "rule" | "local" | "global" | "bank" | "none";
  categoryConfidence: number | null;
  categoryRuleId: string | null;
  tags: string[];
  isInternalTransfer: boolean;
}

export interface Categorizer {
  categorize(input: CategorizeInput): CategorizeResult;
}
