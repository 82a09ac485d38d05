/**
 * createBills: validates a konnector's bills (every field error reported, nothing written when one is wrong),
 * stores the optional file, and inserts each bill once per identity. Idempotent: the same bill again is counted
 * as existing; an existing bill that had no file gets the file now given with it.
 */
import { AppError } from "../errors";
import { toMinor } from "../money";
import { newId, raw } from "../db/raw";
import { requirePermission, type HouseholdContext } from "../auth/guard";
import { billInputSchema, konnectorSlugSchema, type BillInput } from "./schema";
import { billIdentity } from "./identity";
import { storeBillFile, type BillFileInput } from "./files";

export interface CreatedBill {
  id: string;
  identity: string;
  isNew: boolean;
}

export interface CreateBillsResult {
  created: number;
  existing: number;
  fileId: string | null;
  bills: CreatedBill[];
  /** The earliest day a new bill can match (its date or care date); null when nothing was created. */
  earliestNewDate: string | null;
}

interface FieldError {
  field: string;
  message: string;
}

interface PreparedBill {
  input: BillInput;
  amountMinor: bigint;
  originalAmountMinor: bigint | null;
  groupAmountMinor: bigint | null;
}

export const MAX_BILLS_PER_CALL = 1000;

/** Validates every bill; throws one INVALID_INPUT listing every field error as `bills.<i>.<field>`. */
export function validateBills(inputs: readonly unknown[]): PreparedBill[] {
  if (!inputs.length) throw new AppError("INVALID_INPUT", "No bills given", { details: { fields: [{ field: "bills", message: "Send at least one bill" }] } });
  if (inputs.length > MAX_BILLS_PER_CALL) throw new AppError("TOO_LARGE", `At most ${MAX_BILLS_PER_CALL} bills per call (got ${inputs.length})`);
  const errors: FieldError[] = [];
  const prepared: PreparedBill[] = [];
  inputs.forEach((input, index) => {
    const parsed = billInputSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ field: ["bills", index, ...issue.path].map(String).join("."), message: issue.message });
      return;
    }
    const bill = parsed.data;
    const minor = (value: string | null, field: string) => {
      if (value === null) return null;
      try {
        return toMinor(value, bill.currency);
      } catch (error) {
        errors.push({ field: `bills.${index}.${field}`, message: (error as Error).message });
        return null;
      }
    };
    const amountMinor = minor(bill.amount, "amount");
    const originalAmountMinor = minor(bill.originalAmount, "originalAmount");
    const groupAmountMinor = minor(bill.groupAmount, "groupAmount");
    if (amountMinor !== null) prepared.push({ input: bill, amountMinor, originalAmountMinor, groupAmountMinor });
  });
  if (errors.length) {
    const summary = errors.slice(0, 5).map((e) => `${e.field}: ${e.message}`).join("; ");
    throw new AppError("INVALID_INPUT", `Invalid bills: ${summary}${errors.length > 5 ? ` (+${errors.length - 5} more)` : ""}`, { details: { fields: errors } });
  }
  return prepared;
}

const COLUMNS = [
  "id", "householdId", "konnector", "vendor", "vendorRef", "identity", "type", "amountMinor", "currency", "date", "dueDate", "isRefund",
  "isThirdPartyPayer", "originalAmountMinor", "originalDate", "groupAmountMinor", "matchingCriteria", "paymentReference", "mandateId",
  "creditorId", "details", "status", "fileId", "createdAt",
];
const INSERT_SQL = `INSERT INTO "Bill" (${COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES (${COLUMNS.map(() => "?").join(", ")})
  ON CONFLICT ("householdId", "identity") DO NOTHING`;

function hasCriteria(bill: BillInput): boolean {
  return Object.values(bill.matchingCriterias).some((value) => value !== null);
}

export async function createBills(ctx: HouseholdContext, konnector: string, inputs: readonly unknown[], file?: BillFileInput | null): Promise<CreateBillsResult> {
  requirePermission(ctx, "write");
  const konnectorName = konnectorSlugSchema.parse(konnector);
  const prepared = validateBills(inputs);
  const now = new Date();
  return raw().transaction(async (tx) => {
    const stored = file ? await storeBillFile(tx, ctx.householdId, file) : null;
    const results: CreatedBill[] = [];
    let earliestNewDate: string | null = null;
    for (const { input, amountMinor, originalAmountMinor, groupAmountMinor } of prepared) {
      const identity = billIdentity({ konnector: konnectorName, vendor: input.vendor, vendorRef: input.vendorRef, date: input.date, amountMinor, currency: input.currency, status: input.status }, stored?.sha256 ?? null);
      const id = newId();
      const inserted = await tx.run(INSERT_SQL, [
        id, ctx.householdId, konnectorName, input.vendor, input.vendorRef, identity, input.type, amountMinor, input.currency, input.date, input.dueDate,
        input.isRefund, input.isThirdPartyPayer, originalAmountMinor, input.originalDate, groupAmountMinor,
        hasCriteria(input) ? JSON.stringify(input.matchingCriterias) : null, input.paymentReference, input.mandateId, input.creditorId,
        input.details ? JSON.stringify(input.details) : null, input.status, stored?.id ?? null, now,
      ]);
      if (inserted) {
        results.push({ id, identity, isNew: true });
        for (const day of [input.date, input.originalDate]) if (day && (!earliestNewDate || day < earliestNewDate)) earliestNewDate = day;
        continue;
      }
      const [existing] = await tx.all<{ id: string }>(`SELECT "id" FROM "Bill" WHERE "householdId" = ? AND "identity" = ?`, [ctx.householdId, identity]);
      if (!existing) throw new AppError("INTERNAL", `Bill ${identity} neither inserted nor found`);
      if (stored) await tx.run(`UPDATE "Bill" SET "fileId" = ? WHERE "id" = ? AND "fileId" IS NULL`, [stored.id, existing.id]);
      results.push({ id: existing.id, identity, isNew: false });
    }
    const created = results.filter((r) => r.isNew).length;
    return { created, existing: results.length - created, fileId: stored?.id ?? null, bills: results, earliestNewDate };
  });
}
