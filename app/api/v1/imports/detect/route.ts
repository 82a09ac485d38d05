import { z } from "zod";
import { csvPresets, detectCsvProfile } from "@/lib/aggregators/file/csv";
import { requirePermission } from "@/lib/auth/guard";
import { listCsvProfiles } from "@/lib/accounts/csv-profiles";
import { apiHouseholdContext, errorResponse, jsonResponse } from "@/lib/http/api";
import { readUploadForm } from "@/lib/http/upload";

export const dynamic = "force-dynamic";

// The mapping screen needs the first rows only: a prefix of the file is enough and keeps detection fast.
const DETECT_PREFIX_BYTES = 1024 * 1024;

/** The first MB of the file, cut after its last complete line. */
function prefixOf(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= DETECT_PREFIX_BYTES) return bytes;
  const head = bytes.subarray(0, DETECT_PREFIX_BYTES);
  const lastNewline = head.lastIndexOf(0x0a);
  return lastNewline > 0 ? head.subarray(0, lastNewline + 1) : head;
}

/** POST multipart {file, encoding?} → the CSV detection (profile guess, headers, first rows) and saved profiles. */
export async function POST(request: Request) {
  let locale: "en" | "fr" = "en";
  try {
    const ctx = await apiHouseholdContext();
    locale = ctx.locale;
    requirePermission(ctx, "write");
    const upload = await readUploadForm(request);
    const encoding = z.string().trim().max(40).optional().parse(upload.fields.encoding) || undefined;
    const detection = detectCsvProfile(prefixOf(upload.bytes), { ...(encoding ? { encoding } : {}), usePresets: upload.fields.usePresets !== "false" });
    const presets = csvPresets.map(({ name, bank, country, profile }) => ({ name, bank, country, profile }));
    return jsonResponse({ detection, savedProfiles: await listCsvProfiles(ctx), presets });
  } catch (error) {
    return errorResponse(error, locale);
  }
}
