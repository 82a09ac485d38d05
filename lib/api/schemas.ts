/**
 * The API's resources and request bodies as zod schemas: requests are validated with them, and
 * GET /api/v1/openapi.json is generated from them. Money is a canonical decimal string ("-12.30", negative =
 * money leaving the account) in the account's currency; days are YYYY-MM-DD; timestamps ISO-8601 UTC.
 */
import { z } from "zod";
import { ACCOUNT_TYPES } from "../accounts/accounts";
import { isIsoDay } from "../dates";

/** Every named schema of the API: the OpenAPI document's components. */
export const apiSchemas = z.registry<{ id: string }>();

const decimal = z.string().regex(/^-?\d+(\.\d+)?$/).describe('Canonical decimal amount, e.g. "-12.30"');
const day = z.string().refine(isIsoDay, "Use a date like 2024-01-31.").describe("YYYY-MM-DD");
const timestamp = z.string().describe("ISO-8601 UTC timestamp");

export const accountSchema = z.object({
  id: z.string(), name: z.string(), type: z.enum(ACCOUNT_TYPES), currency: z.string(), iban: z.string().nullable(), number: z.string().nullable(),
  institution: z.string().nullable(), openingBalance: decimal, balance: decimal, closed: z.boolean(), createdAt: timestamp,
}).register(apiSchemas, { id: "Account" });

export const accountCreateSchema = z.object({
  name: z.string().trim().min(1).max(100), type: z.enum(ACCOUNT_TYPES), currency: z.string().length(3),
  iban: z.string().max(200).optional(), number: z.string().max(200).optional(), institution: z.string().max(200).optional(),
  openingBalance: decimal.optional(),
}).register(apiSchemas, { id: "AccountCreate" });

export const accountPatchSchema = accountCreateSchema.partial().extend({ closed: z.boolean().optional() }).register(apiSchemas, { id: "AccountPatch" });

export const transactionSchema = z.object({
  id: z.string(), accountId: z.string(), date: day, amount: decimal, currency: z.string(), label: z.string(), rawLabel: z.string(),
  payee: z.string().nullable(), categoryId: z.string(), categorySource: z.string(), status: z.enum(["pending", "booked"]), note: z.string().nullable(),
  tags: z.array(z.string()),
}).register(apiSchemas, { id: "Transaction" });

export const transactionCreateSchema = z.object({
  accountId: z.string().min(1), date: day, amount: decimal, label: z.string().trim().min(1).max(300),
  note: z.string().max(2000).optional(), categoryId: z.string().max(64).optional(),
}).register(apiSchemas, { id: "TransactionCreate" });

export const transactionPatchSchema = transactionCreateSchema.omit({ accountId: true }).partial().register(apiSchemas, { id: "TransactionPatch" });

export const transactionFiltersSchema = z.object({
  accountId: z.string().max(64).optional(), categoryId: z.string().max(64).optional(), from: day.optional(), to: day.optional(),
  search: z.string().max(200).optional(), status: z.enum(["pending", "booked"]).optional(),
  cursor: z.string().max(200).optional(), limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const categorySchema = z.object({
  id: z.string(), parentId: z.string().nullable(), nameEn: z.string(), nameFr: z.string(), color: z.string(), isBuiltIn: z.boolean(), isHidden: z.boolean(),
}).register(apiSchemas, { id: "Category" });

export const categoryCreateSchema = z.object({ parentId: z.string().min(1), nameEn: z.string().min(1).max(60), nameFr: z.string().min(1).max(60), color: z.string().max(20).optional() }).register(apiSchemas, { id: "CategoryCreate" });
export const categoryPatchSchema = z.object({ nameEn: z.string().min(1).max(60).optional(), nameFr: z.string().min(1).max(60).optional(), isHidden: z.boolean().optional() }).register(apiSchemas, { id: "CategoryPatch" });

export const ruleSchemaApi = z.object({
  id: z.string(), name: z.string(), stage: z.string(), position: z.number().int(), conditionsOp: z.enum(["and", "or"]),
  conditions: z.array(z.record(z.string(), z.unknown())), actions: z.array(z.record(z.string(), z.unknown())), isEnabled: z.boolean(),
}).register(apiSchemas, { id: "Rule" });

export const ruleWriteSchema = ruleSchemaApi.omit({ id: true }).partial({ stage: true, position: true, conditionsOp: true, isEnabled: true }).register(apiSchemas, { id: "RuleWrite" });

export const importBatchSchema = z.object({
  id: z.string(), fileName: z.string(), format: z.string(), encoding: z.string().nullable(), sha256: z.string(),
  status: z.enum(["committed", "undone", "failed", "preview"]), accountId: z.string().nullable(),
  countNew: z.number().int(), countDuplicate: z.number().int(), countSkipped: z.number().int(), countReplaced: z.number().int(),
  reportedBalance: decimal.nullable(), computedBalance: decimal.nullable(), createdAt: timestamp, undoneAt: timestamp.nullable(),
}).register(apiSchemas, { id: "ImportBatch" });

export const importFiltersSchema = z.object({
  cursor: z.string().max(300).optional(), limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const importUploadSchema = z.object({
  file: z.string().describe("The bank file (OFX/QFX, QIF, CSV, CAMT.052/053/054, MT940); its name is a label only"),
  target: z.string().optional().describe('"auto" (default: the account its bank ids name), {"accountId":"…"} or {"newAccount":{"name":"…","currency":"EUR"}} as JSON text'),
  format: z.enum(["ofx", "qif", "csv", "camt", "mt940"]).optional().describe("Skip format detection"),
  encoding: z.string().optional().describe("e.g. windows-1252; detected when absent"),
  csvProfile: z.string().optional().describe("A CSV column mapping as JSON text (see the import page's saved profiles)"),
  decisions: z.string().optional().describe('JSON text {"<preview row key>": "import" | "skip"} for rows the preview flagged'),
  saveProfileName: z.string().optional().describe("With csvProfile, on commit only: keep the mapping as a saved profile of this name, tied to the account the file went into"),
}).register(apiSchemas, { id: "ImportUpload" });

export const errorSchema = z.object({
  error: z.object({
    code: z.string(), message: z.string(),
    fields: z.array(z.object({ field: z.string().nullable(), message: z.string() })).optional().describe("Each invalid field, when the input was the problem"),
    line: z.number().int().optional().describe("The file's line a parse error is about"),
  }),
}).register(apiSchemas, { id: "Error" });

