/** What an import adds to the exported rows, and the export manifest check. */
import { AppError } from "../errors";
import { EXPORT_ENTITIES as EXPORTED, type EntitySpec } from "./entities";

export interface ImportSpec extends EntitySpec {
  /** Values for columns the export leaves out (a connection's credentials never travel). */
  fill?: Record<string, unknown>;
}

export const EXPORT_ENTITIES: readonly ImportSpec[] = EXPORTED.map((spec) =>
  spec.table === "Connection" ? { ...spec, fill: { secrets: "", status: "reauth_required" } } : spec,
);

export function checkExportManifest(bytes: Uint8Array | undefined): void {
  let manifest: { format?: unknown; version?: unknown } | null = null;
  try {
    manifest = bytes ? (JSON.parse(new TextDecoder().decode(bytes)) as { format?: unknown; version?: unknown }) : null;
  } catch {
    manifest = null;
  }
  if (manifest?.format !== "tirelire-export") throw new AppError("INVALID_INPUT", "Not a Tirelire export: manifest.json is missing or is not a tirelire-export manifest");
  if (manifest.version !== 1) throw new AppError("CONFLICT", `This export has format version ${String(manifest.version)}, which this version of Tirelire cannot read: upgrade first`);
}
