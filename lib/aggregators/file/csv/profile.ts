/**
 * A CSV profile pins how one bank's export is read: encoding, delimiter, where the data starts, which column is
 * what, the date format, the decimal style and the amount layout. It is plain JSON a user can export and import
 * (saved per account); detection builds one when the user has none.
 */
import { z } from "zod";
import { AppError, toAppError } from "../../../errors";
import { dateOrderOf } from "./dates";

/** A column by 0-based index, or by its header text (matched trimmed and case-insensitively). */
export const columnRefSchema = z.union([z.number().int().min(0).max(10_000), z.string().trim().min(1).max(200)]);
export type ColumnRef = z.infer<typeof columnRefSchema>;

export const csvDelimiters = [",", ";", "\t", "|"] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

const amountLayoutSchema = z.discriminatedUnion("kind", [
  /** One column, negative = outflow (after `invertSign`). */
  z.object({ kind: z.literal("signed"), column: columnRefSchema }),
  /** Outflows in `debit` (written positive or negative), inflows in `credit`. */
  z.object({ kind: z.literal("debitCredit"), debit: columnRefSchema, credit: columnRefSchema }),
  /** Unsigned amount plus a column saying which way it went (D/C, Af/Bij, S/H, DBIT/CRDT…). */
  z.object({
    kind: z.literal("indicator"),
    column: columnRefSchema,
    indicatorColumn: columnRefSchema,
    /** Indicator values meaning money out, compared trimmed and case-insensitively ("" = an empty cell). */
    debitValues: z.array(z.string().max(40)).min(1),
  }),
]);
export type AmountLayout = z.infer<typeof amountLayoutSchema>;

const dateFormatSchema = z
  .string()
  .max(20)
  .refine((format) => dateOrderOf(format) !== null, { message: "Unknown date format (examples: dd/mm/yyyy, yyyy-mm-dd, dd mmm yyyy, yyyymmdd)" });

export const csvProfileSchema = z.object({
  name: z.string().trim().min(1).max(120),
  encoding: z.string().max(40).optional(),
  delimiter: z.enum(csvDelimiters).optional(),
  /** Physical lines before the header row (or the first data row when there is no header). */
  skipRows: z.number().int().min(0).max(1000).optional(),
  hasHeader: z.boolean(),
  dateColumn: columnRefSchema,
  dateFormat: dateFormatSchema,
  valueDateColumn: columnRefSchema.optional(),
  labelColumns: z.array(columnRefSchema).min(1).max(30),
  payeeColumn: columnRefSchema.optional(),
  memoColumn: columnRefSchema.optional(),
  amount: amountLayoutSchema,
  decimalSeparator: z.enum([".", ","]),
  /** Card exports where purchases are positive: every amount is negated after reading. */
  invertSign: z.boolean().default(false),
  currency: z.string().trim().length(3).toUpperCase().optional(),
  currencyColumn: columnRefSchema.optional(),
  externalIdColumn: columnRefSchema.optional(),
  balanceColumn: columnRefSchema.optional(),
  /** The balance column holds the balance BEFORE the row's transaction (ASN Bank) instead of after it. */
  isBalanceBeforeTransaction: z.boolean().optional(),
  checkNumberColumn: columnRefSchema.optional(),
  categoryColumn: columnRefSchema.optional(),
  /** A status column: rows saying Pending (vorgemerkt, en attente…) are imported as pending. */
  statusColumn: columnRefSchema.optional(),
  accountType: z.enum(["checking", "savings", "card", "loan", "investment", "cash", "other"]).optional(),
  /** The account's IBAN or number, when every row repeats it (read from the first data row). */
  accountColumn: columnRefSchema.optional(),
  /** Rows whose amount is zero are notices, not transactions (Livebank "Verständigung" rows). */
  skipZeroAmounts: z.boolean().optional(),
  /** Exports with a record-type column (Swedbank: 10 opening, 20 transaction, 82 turnover, 86 closing). */
  recordType: z
    .object({
      column: columnRefSchema,
      transaction: z.array(z.string().max(20)).min(1),
      openingBalance: z.array(z.string().max(20)).optional(),
      closingBalance: z.array(z.string().max(20)).optional(),
    })
    .optional(),
});

export type CsvProfile = z.infer<typeof csvProfileSchema>;
export type CsvProfileInput = z.input<typeof csvProfileSchema>;

/** Validates a profile coming from JSON (saved, imported by the user, or passed on the CLI). */
export function parseCsvProfile(value: unknown): CsvProfile {
  const result = csvProfileSchema.safeParse(typeof value === "string" ? safeJson(value) : value);
  if (result.success) return result.data;
  const error = toAppError(result.error);
  throw new AppError("INVALID_INPUT", `Invalid CSV profile: ${error.message}`, { details: error.details });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("INVALID_INPUT", "Invalid CSV profile: not JSON.");
  }
}
