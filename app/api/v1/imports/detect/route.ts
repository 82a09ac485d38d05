// What the import page needs before a preview (docs/api.md): the file's format from its content and, for a CSV,
// the detected layout, its first records, and which saved profiles read it. Writes nothing.
import { z } from "zod";
import { detectFormat } from "@/lib/aggregators/file";
import { csvPresets, parseCsv } from "@/lib/aggregators/file/csv";
import { detectFromText, type CsvDetection } from "@/lib/aggregators/file/csv/detect";
import { csvDelimiters, type CsvDelimiter } from "@/lib/aggregators/file/csv/profile";
import { readRecords } from "@/lib/aggregators/file/csv/records";
import { decodeCsvText, type CsvText } from "@/lib/aggregators/file/csv/text";
import { listCsvProfiles, type SavedCsvProfile } from "@/lib/accounts/csv-profiles";
import { sessionOrTokenHandler } from "@/lib/api/session-or-token";
import { AppError } from "@/lib/errors";
import { readUploadForm } from "@/lib/http/upload";

export const dynamic = "force-dynamic";

/** The mapping screen needs the first rows only: the page sends at most this prefix of a file. */
const DETECT_PREFIX_BYTES = 1024 * 1024;
/** Records sent to the mapping screen: enough to move the data start past a long preamble and still see rows. */
const MAX_RECORDS = 60;
const MATCH_PREFIX_BYTES = 64 * 1024;

/** At most the first MB, cut after its last complete line (a prefix may end mid-line or mid-character). */
function prefixOf(bytes: Uint8Array): Uint8Array {
  if (bytes.length < DETECT_PREFIX_BYTES) return bytes;
  const head = bytes.subarray(0, DETECT_PREFIX_BYTES);
  const lastNewline = head.lastIndexOf(0x0a);
  return lastNewline > 0 ? head.subarray(0, lastNewline + 1) : head;
}

/**
 * A saved profile reads a file when its parse of the prefix succeeds with transactions and skips at most one row
 * in five (a total line at the end is skipped by any profile).
 */
function isReadBy(bytes: Uint8Array, saved: SavedCsvProfile): boolean {
  // The first 64 KB (whole lines) say whether a profile fits, at a fraction of a full parse per saved profile.
  const lastNewline = bytes.length > MATCH_PREFIX_BYTES ? bytes.subarray(0, MATCH_PREFIX_BYTES).lastIndexOf(0x0a) : -1;
  if (lastNewline > 0) bytes = bytes.subarray(0, lastNewline + 1);
  try {
    const result = parseCsv(bytes, { csvProfile: saved.profile });
    const read = result.statements.reduce((sum, statement) => sum + statement.transactions.length, 0);
    const skipped = result.warnings.filter((warning) => /skipped/i.test(warning.message)).length;
    return read > 0 && skipped * 5 <= read;
  } catch {
    return false;
  }
}

const fieldsSchema = z.object({
  encoding: z.string().trim().max(40).optional().transform((value) => value || undefined),
  /** The user's column separator, when detection chose another. */
  delimiter: z.enum(csvDelimiters).optional(),
  usePresets: z.enum(["true", "false"]).optional(),
});

/** Detection under the user's separator: its guesses were made for another one, so only the layout facts stay. */
function withDelimiter(detection: CsvDetection, delimiter: CsvDelimiter, records: { cells: string[] }[]): CsvDetection {
  if (detection.delimiter === delimiter) return detection;
  const columnCount = Math.max(0, ...records.map((record) => record.cells.length));
  return { ...detection, delimiter, profile: null, confidence: 0, preset: null, headers: null, headerLine: null, columnCount, preview: [], issues: [] };
}

/** Detection, or when it finds no separator but the user named one, the bare layout for mapping by hand. */
function detectOrOnlyLayout(csv: CsvText, usePresets: boolean, forcedDelimiter: CsvDelimiter | undefined): CsvDetection {
  try {
    return detectFromText(csv, usePresets);
  } catch (error) {
    if (!forcedDelimiter) throw error;
    return { profile: null, confidence: 0, issues: [], encoding: csv.encoding, delimiter: forcedDelimiter, headers: null, headerLine: null, dataStartLine: 1, columnCount: 0, preview: [], preset: null };
  }
}

/**
 * POST multipart {file (a prefix is enough), encoding?, delimiter?, usePresets?} →
 * { format, detection, records, savedProfiles, presets }.
 */
export const POST = sessionOrTokenHandler("write", async (ctx, request) => {
  const upload = await readUploadForm(request);
  const { encoding, delimiter: forcedDelimiter, usePresets } = fieldsSchema.parse(upload.fields);
  const bytes = prefixOf(upload.bytes);
  if (bytes.length === 0) throw new AppError("PARSE_ERROR", "The file is empty.", { userMessage: `${upload.fileName || "The file"} is empty: there is nothing to import.` });
  // A separator or encoding comes from the mapping screen: the user already said this is a CSV.
  const format = forcedDelimiter || encoding ? "csv" : detectFormat(bytes);
  if (format !== "csv") return { format, detection: null, records: [], savedProfiles: [], presets: [] };
  const csv = decodeCsvText(bytes, encoding);
  const detected = detectOrOnlyLayout(csv, usePresets !== "false", forcedDelimiter);
  const delimiter = forcedDelimiter ?? detected.delimiter;
  const records = readRecords(csv.text, { delimiter, newline: csv.newline }, MAX_RECORDS);
  const detection = withDelimiter(detected, delimiter, records);
  const savedProfiles = (await listCsvProfiles(ctx)).map((saved) => ({ ...saved, isMatching: isReadBy(bytes, saved) }));
  const presets = csvPresets.map(({ name, bank, country, profile }) => ({ name, bank, country, profile }));
  return { format, detection, records, savedProfiles, presets };
});
