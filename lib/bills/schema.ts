/**
 * The Bill JSON of DESIGN.md (field meanings from Cozy's io.cozy.bills) and its validation. Pure: konnectors,
 * the push API and the CLI all validate through billInputSchema, so a bill is checked the same way wherever it
 * comes from. Amounts are decimal strings at this edge and bigint minor units inside.
 */
import { z } from "zod";
import { isIsoDay } from "../dates";
import { isCurrencyCode } from "../money";

export interface MatchingCriterias {
  labelRegex: string | null;
  amountLowerDelta: number | null;
  amountUpperDelta: number | null;
  dateLowerDelta: number | null;
  dateUpperDelta: number | null;
}

export interface BillJson {
  vendor: string;
  vendorRef: string | null;
  type: string | null;
  amount: string;
  currency: string;
  date: string;
  dueDate: string | null;
  isRefund: boolean;
  originalAmount: string | null;
  originalDate: string | null;
  groupAmount: string | null;
  isThirdPartyPayer: boolean;
  matchingCriterias: MatchingCriterias;
}

export const EMPTY_MATCHING_CRITERIAS: MatchingCriterias = {
  labelRegex: null,
  amountLowerDelta: null,
  amountUpperDelta: null,
  dateLowerDelta: null,
  dateUpperDelta: null,
};

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Decimal strings ("76.20"); JSON numbers are accepted for Cozy konnectors, which send them. */
const decimalString = z.union([z.string().trim(), z.number().finite()]).transform((value, ctx) => {
  const text = typeof value === "number" ? String(value) : value;
  if (!DECIMAL.test(text)) {
    ctx.addIssue({ code: "custom", message: `Expected a decimal amount like "76.20", got "${text.slice(0, 40)}"` });
    return z.NEVER;
  }
  return text;
});
const positiveDecimal = decimalString.refine((text) => !text.startsWith("-"), "Amounts are positive (use isRefund for money coming back)");
const isoDay = z.string().trim().refine(isIsoDay, "Expected a calendar date YYYY-MM-DD");
const optionalText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));
const delta = z.number().finite().min(0).max(100_000).nullish().transform((v) => v ?? null);

function isValidRegex(source: string): boolean {
  try {
    new RegExp(source, "i");
    return true;
  } catch {
    return false;
  }
}

export const matchingCriteriasSchema = z
  .object({
    labelRegex: z.string().max(500).refine(isValidRegex, "Not a valid regular expression").nullish().transform((v) => v ?? null),
    amountLowerDelta: delta,
    amountUpperDelta: delta,
    dateLowerDelta: delta,
    dateUpperDelta: delta,
  })
  .nullish()
  .transform((v) => v ?? EMPTY_MATCHING_CRITERIAS);

export const billInputSchema = z.object({
  vendor: z.string().trim().min(1, "A bill needs a vendor").max(200),
  vendorRef: optionalText(200),
  type: optionalText(50),
  amount: positiveDecimal,
  currency: z.string().trim().toUpperCase().refine(isCurrencyCode, "Expected an ISO 4217 currency code like EUR"),
  date: isoDay,
  dueDate: isoDay.nullish().transform((v) => v ?? null),
  isRefund: z.boolean().default(false),
  originalAmount: positiveDecimal.nullish().transform((v) => v ?? null),
  originalDate: isoDay.nullish().transform((v) => v ?? null),
  groupAmount: positiveDecimal.nullish().transform((v) => v ?? null),
  isThirdPartyPayer: z.boolean().default(false),
  matchingCriterias: matchingCriteriasSchema,
  // Evidence for matching (SEPA ids appear in bank labels), beyond Cozy's fields.
  paymentReference: optionalText(200),
  mandateId: optionalText(200),
  creditorId: optionalText(200),
  status: z.enum(["complete", "to_complete"]).default("complete"),
  details: z.record(z.string(), z.unknown()).nullish().transform((v) => v ?? null),
});

export type BillInput = z.output<typeof billInputSchema>;

/** A konnector's name, as stored in Bill.konnector, Konnector.slug and ApiToken.konnector. */
export const konnectorSlugSchema = z.string().trim().min(1).max(100).regex(/^[\w.:@-]+$/, "Konnector names use letters, digits and . : @ _ -");

/** One bill or `{ bills: [...] }` (the push API and `bills push` accept both). */
export const billBatchSchema = z.union([
  z.object({ bills: z.array(z.unknown()).min(1, "Send at least one bill").max(1000, "At most 1000 bills per request") }),
  z.record(z.string(), z.unknown()).transform((bill) => ({ bills: [bill] as unknown[] })),
]);
