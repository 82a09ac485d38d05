/** A CSV profile as a JSON file the user keeps: downloaded from the mapping screen, read back into it. */
import { parseCsvProfile } from "@/lib/aggregators/file/csv/profile";

/** "Crédit Agricole (mine)" → "credit-agricole-mine.csv-profile.json" */
export function profileFileName(name: string): string {
  const slug = name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);
  return `${slug || "tirelire"}.csv-profile.json`;
}

/** Starts a download of the profile as pretty JSON. */
export function downloadProfile(profile: Record<string, unknown>, name: string): void {
  const blob = new Blob([`${JSON.stringify({ ...profile, name }, null, 2)}\n`], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = profileFileName(name);
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the blob to the download; revoking later keeps slow browsers from losing it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The profile in a JSON file, validated by the parser's schema; throws the schema's message when it is not one. */
export async function readProfileFile(file: Blob): Promise<Record<string, unknown>> {
  if (file.size > 256 * 1024) throw new Error("This file is too large to be a CSV profile.");
  return parseCsvProfile(await file.text()) as unknown as Record<string, unknown>;
}
