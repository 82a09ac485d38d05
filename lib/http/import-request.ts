/**
 * The import routes' form fields → the pipeline's ImportInput (zod-validated), and the preview trimmed for the
 * browser: a 100,000-row file keeps every row that needs a decision, and only a sample of plain new rows.
 */
import { z } from "zod";
import type { ImportInput, ImportPreview, PreviewRow } from "../import";
import type { UploadedForm } from "./upload";

const jsonText = <T extends z.ZodType>(schema: T) =>
  z.string().transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: "Not valid JSON." });
      return z.NEVER;
    }
  }).pipe(schema);

const targetSchema = z.union([
  z.literal("auto"),
  z.object({ accountId: z.string().min(1).max(64) }),
  z.object({ newAccount: z.object({ name: z.string().trim().max(100).optional(), type: z.enum(["checking", "savings", "card", "loan", "investment", "cash", "other"]).optional(), currency: z.string().trim().length(3).optional() }) }),
]);

const fieldsSchema = z.object({
  target: z.union([z.literal("auto"), jsonText(targetSchema)]).default("auto"),
  format: z.enum(["ofx", "qif", "csv", "camt", "mt940"]).optional(),
  encoding: z.string().trim().max(40).optional().transform((v) => v || undefined),
  csvProfile: jsonText(z.record(z.string(), z.unknown())).optional(),
  decisions: jsonText(z.record(z.string().max(40), z.enum(["import", "skip"]))).optional(),
});

export function importInputFromUpload(upload: UploadedForm): ImportInput {
  const fields = fieldsSchema.parse(upload.fields);
  return {
    fileName: upload.fileName.slice(0, 255),
    bytes: upload.bytes,
    target: fields.target,
    ...(fields.format ? { format: fields.format } : {}),
    ...(fields.encoding ? { encoding: fields.encoding } : {}),
    ...(fields.csvProfile ? { csvProfile: fields.csvProfile } : {}),
    ...(fields.decisions ? { decisions: fields.decisions } : {}),
  };
}

export interface BrowserPreview extends Omit<ImportPreview, "rows"> {
  rows: PreviewRow[];
  /** Plain new rows left out of `rows` (they import by default; no choice is needed for them). */
  hiddenNewRows: number;
}

export function trimPreview(preview: ImportPreview, limits = { maxNew: 200, maxOther: 5000 }): BrowserPreview {
  const rows: PreviewRow[] = [];
  let newShown = 0;
  let otherShown = 0;
  let hiddenNewRows = 0;
  for (const row of preview.rows) {
    if (row.status === "new" && !row.replacesPendingId) {
      if (newShown < limits.maxNew) { rows.push(row); newShown++; } else hiddenNewRows++;
    } else if (otherShown < limits.maxOther) {
      rows.push(row);
      otherShown++;
    }
  }
  return { ...preview, rows, hiddenNewRows };
}
