/** GET /api/v1/openapi.json: the API described from the same zod schemas that validate its requests (z.toJSONSchema). */
import { z } from "zod";
import { accountCreateSchema, accountPatchSchema, accountSchema, categoryCreateSchema, categoryPatchSchema, categorySchema, apiSchemas, errorSchema, importBatchSchema, importUploadSchema, ruleSchemaApi, ruleWriteSchema, transactionCreateSchema, transactionPatchSchema, transactionSchema } from "./schemas";

type Json = Record<string, unknown>;

const ref = (schema: z.ZodType): Json => {
  const id = apiSchemas.get(schema)?.id;
  if (!id) throw new Error("Register the schema in apiSchemas to reference it");
  return { $ref: `#/components/schemas/${id}` };
};
const json = (schema: z.ZodType) => ({ content: { "application/json": { schema: ref(schema) } } });
const page = (item: z.ZodType) => ({ content: { "application/json": { schema: { type: "object", required: ["data", "nextCursor"], properties: { data: { type: "array", items: ref(item) }, nextCursor: { type: "string", nullable: true } } } } } });
const errors = {
  "400": { description: "Invalid input (fields lists each problem)", ...json(errorSchema) },
  "401": { description: "Missing, unknown, expired or revoked token", ...json(errorSchema) },
  "403": { description: "The token's scope does not allow this", ...json(errorSchema) },
  "404": { description: "Not found in the token's household", ...json(errorSchema) },
};
const idParam = [{ name: "id", in: "path", required: true, schema: { type: "string" } }];
const pageParams = [
  { name: "cursor", in: "query", schema: { type: "string" }, description: "nextCursor of the previous page of the same list; a malformed cursor or another list's answers 400 (field cursor)" },
  { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 500, default: 50 } },
];

function collection(tag: string, item: z.ZodType, create: z.ZodType | null, extraQuery: Json[] = []) {
  return {
    get: { tags: [tag], summary: `List ${tag}`, security: [{ read: [] }], parameters: [...pageParams, ...extraQuery], responses: { "200": { description: "A page", ...page(item) }, ...errors } },
    ...(create ? { post: { tags: [tag], summary: `Create (read-write token)`, security: [{ readWrite: [] }], requestBody: { required: true, ...json(create) }, responses: { "201": { description: "Created", ...json(item) }, ...errors } } } : {}),
  };
}

function resource(tag: string, item: z.ZodType, patch: z.ZodType | null, canDelete: boolean) {
  return {
    get: { tags: [tag], summary: "Get one", security: [{ read: [] }], parameters: idParam, responses: { "200": { description: "Found", ...json(item) }, ...errors } },
    ...(patch ? { patch: { tags: [tag], summary: "Change some fields (read-write token)", security: [{ readWrite: [] }], parameters: idParam, requestBody: { required: true, ...json(patch) }, responses: { "200": { description: "Updated", ...json(item) }, ...errors } } } : {}),
    ...(canDelete ? { delete: { tags: [tag], summary: "Delete (read-write token)", security: [{ readWrite: [] }], parameters: idParam, responses: { "204": { description: "Deleted" }, ...errors } } } : {}),
  };
}

const query = (name: string, description: string) => ({ name, in: "query", schema: { type: "string" }, description });

/** Bank files travel as multipart/form-data (the `file` part is binary; the other parts are form fields). */
const multipartUpload = () => {
  const upload = ref(importUploadSchema);
  return { required: true, content: { "multipart/form-data": { schema: { allOf: [upload, { type: "object", required: ["file"], properties: { file: { type: "string", format: "binary" } } }] } } } };
};
const tooLarge = { "413": { description: "Larger than TIRELIRE_MAX_UPLOAD_MB", ...json(errorSchema) } };
/** A bank file that cannot be read: one message naming the line or element; nothing is written. */
const unreadable = {
  "415": { description: "Not a bank file Tirelire reads (OFX/QFX, QIF, CSV, CAMT, MT940)", ...json(errorSchema) },
  "422": { description: "The file cannot be read: one message naming the line or element (error.line when known); nothing is written", ...json(errorSchema) },
};

/** Bills: read with a personal token; pushed by konnectors with a bills token (body and bill fields: docs/api-bills.md). */
function billPaths(): Json {
  const bill = { type: "object", description: "A bill: id, konnector, vendor, vendorRef, amount (decimal string), currency, date, dueDate, status, type, file… (docs/api-bills.md)" };
  return {
    "/bills": {
      get: {
        tags: ["bills"], summary: "List bills, newest first", security: [{ read: [] }],
        parameters: [pageParams[0], pageParams[1], query("konnector", "Only this konnector's bills"), query("vendor", "Only this vendor (case-insensitive)"), query("type", "Bill type"), query("status", "complete or to_complete"), query("from", "From this day (YYYY-MM-DD)"), query("to", "Up to this day (YYYY-MM-DD)")],
        responses: { "200": { description: "A page", content: { "application/json": { schema: { type: "object", required: ["data", "nextCursor"], properties: { data: { type: "array", items: bill }, nextCursor: { type: "string", nullable: true } } } } } }, ...errors },
      },
      post: { tags: ["bills"], summary: "Push bills (a konnector's bills token; docs/api-bills.md)", security: [{ konnector: [] }], requestBody: { required: true, content: { "application/json": { schema: { type: "object" } } } }, responses: { "200": { description: "Per-bill outcome" }, ...errors, ...tooLarge } },
    },
  };
}

/** JSON by default; with `Accept: application/x-ndjson`, the commit's progress lines then one result or error line. */
const importCommitted: Json = {
  description: "Committed: per-account counts (new, duplicates, skipped, replaced pending) and the batch id. With `Accept: application/x-ndjson` the 201 comes at once and the body is one JSON object a line: `{\"progress\":{bytesDone,bytesTotal,rowsDone}}` while the file is written, then exactly one `{\"result\":…}` (the same object) or `{\"error\":{code,message,line?,status}}` (the status it would have had)",
  content: {
    "application/json": { schema: { type: "object" } },
    "application/x-ndjson": {
      schema: {
        type: "object", description: "One line of the stream",
        properties: {
          progress: { type: "object", required: ["bytesDone", "bytesTotal", "rowsDone"], properties: { bytesDone: { type: "integer" }, bytesTotal: { type: "integer" }, rowsDone: { type: "integer" } } },
          result: { type: "object" },
          error: { type: "object", required: ["code", "message", "status"], properties: { code: { type: "string" }, message: { type: "string" }, line: { type: "integer" }, status: { type: "integer" } } },
        },
      },
    },
  },
};

function importPaths(): Json {
  const limit = { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 200, default: 50 } };
  return {
    "/imports": {
      get: { tags: ["imports"], summary: "List imports, newest first", security: [{ read: [] }], parameters: [pageParams[0], limit], responses: { "200": { description: "A page", ...page(importBatchSchema) }, ...errors, "400": { description: "Invalid limit, or a cursor that is not the nextCursor of a page of this household's imports", ...json(errorSchema) } } },
      post: {
        tags: ["imports"], summary: "Import a bank file, whole or not at all (read-write token); a file already imported adds nothing", security: [{ readWrite: [] }],
        requestBody: multipartUpload(), responses: { "201": importCommitted, ...errors, ...tooLarge, ...unreadable },
      },
    },
    "/imports/preview": {
      post: { tags: ["imports"], summary: "What an import of this file would do, writing nothing (read-write token: only those who may import preview)", security: [{ readWrite: [] }], requestBody: multipartUpload(), responses: { "200": { description: "The preview: rows with their status (new, duplicate, possible duplicate, replaces pending), parse warnings" }, ...errors, ...tooLarge, ...unreadable } },
    },
    "/imports/detect": {
      post: {
        tags: ["imports"], summary: "The file's format from its content and, for a CSV, the detected layout, its first records and which saved profiles read it (read-write token; the first MB is enough; writes nothing)", security: [{ readWrite: [] }],
        requestBody: { required: true, content: { "multipart/form-data": { schema: { type: "object", required: ["file"], properties: { file: { type: "string", format: "binary" }, encoding: { type: "string" }, delimiter: { type: "string", enum: [",", ";", "\t", "|"] }, usePresets: { type: "string", enum: ["true", "false"] } } } } } },
        responses: { "200": { description: "{ format, detection (CSV: profile guess or null, confidence, issues, encoding, delimiter, headers, dataStartLine, columnCount), records [{ line, cells }], savedProfiles [{ id, name, accountId, profile, isMatching }], presets }" }, ...errors, ...tooLarge, ...unreadable },
      },
    },
    "/imports/{id}": {
      get: { tags: ["imports"], summary: "Get one import", security: [{ read: [] }], parameters: idParam, responses: { "200": { description: "Found", ...json(importBatchSchema) }, ...errors } },
      delete: { tags: ["imports"], summary: "Undo an import: its transactions are removed (read-write token)", security: [{ readWrite: [] }], parameters: idParam, responses: { "200": { description: "Undone", ...json(importBatchSchema) }, "409": { description: "Already undone", ...json(errorSchema) }, ...errors } },
    },
  };
}

export function openApiDocument(): Json {
  return {
    openapi: "3.0.3",
    info: { title: "Tirelire API", version: "1", description: "Personal access tokens (tirelire token create --scope read|read-write) as `Authorization: Bearer <token>`. Every id is scoped to the token's household: another household's id is 404. Amounts are decimal strings, negative = money leaving the account." },
    servers: [{ url: "/api/v1" }],
    components: {
      schemas: (z.toJSONSchema(apiSchemas, { io: "input", unrepresentable: "any", target: "openapi-3.0", uri: (id) => `#/components/schemas/${id}` }) as { schemas: Json }).schemas,
      securitySchemes: { read: { type: "http", scheme: "bearer" }, readWrite: { type: "http", scheme: "bearer" }, konnector: { type: "http", scheme: "bearer", description: "A bills token bound to one konnector" } },
    },
    paths: {
      "/accounts": collection("accounts", accountSchema, accountCreateSchema),
      "/accounts/{id}": resource("accounts", accountSchema, accountPatchSchema, true),
      "/transactions": collection("transactions", transactionSchema, transactionCreateSchema, [
        query("accountId", "Only this account"), query("categoryId", "Only this category"), query("from", "From this day (YYYY-MM-DD)"),
        query("to", "Up to this day (YYYY-MM-DD)"), query("search", "Text in the label"), query("status", "pending or booked"),
      ]),
      "/transactions/{id}": resource("transactions", transactionSchema, transactionPatchSchema, true),
      "/categories": collection("categories", categorySchema, categoryCreateSchema),
      "/categories/{id}": resource("categories", categorySchema, categoryPatchSchema, false),
      "/rules": collection("rules", ruleSchemaApi, ruleWriteSchema),
      "/rules/{id}": resource("rules", ruleSchemaApi, ruleWriteSchema, true),
      ...billPaths(),
      ...importPaths(),
    },
  };
}
