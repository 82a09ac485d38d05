/**
 * Key rotation for secrets at rest. Every sealed column is listed here; `rotateSecrets` re-seals, in one
 * transaction, every value not sealed with the current key. Procedure (README "Secrets and key rotation"):
 * keep the old key readable (secret.previous.key or TIRELIRE_SECRET_PREVIOUS), install the new one, run
 * `tirelire secrets rotate`, then drop the old key.
 */
import fs from "node:fs";
import { raw } from "../db/raw";
import { AppError } from "../errors";
import { currentKey, decryptSecret, encryptSecret, generateKeyFile, keyFilePath, previousKeyFilePath, sealedKeyId } from "./secrets";

/** Every column that holds a value sealed by lib/crypto/secrets (table, primary key, column). */
export const SEALED_COLUMNS: readonly { table: string; id: string; column: string }[] = [
  { table: "Connection", id: "id", column: "secrets" },
];

/** JSON columns whose string values under keys ending in "Sealed" are sealed (SMTP password, webhook secret). */
export const SEALED_JSON_COLUMNS: readonly { table: string; id: string; column: string }[] = [
  { table: "NotificationSetting", id: "id", column: "settings" },
];

/** Re-seals, in place, every `…Sealed` string not sealed with the current key; returns how many changed. */
export function resealJson(node: unknown, currentKeyId: string): number {
  if (!node || typeof node !== "object") return 0;
  let changed = 0;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key.endsWith("Sealed") && typeof value === "string" && value && sealedKeyId(value) !== currentKeyId) {
      (node as Record<string, unknown>)[key] = encryptSecret(decryptSecret(value));
      changed++;
    } else changed += resealJson(value, currentKeyId);
  }
  return changed;
}

export interface SealedCounts {
  table: string;
  column: string;
  byKeyId: Record<string, number>;
}

export async function countSealedValues(): Promise<SealedCounts[]> {
  const counts: SealedCounts[] = [];
  for (const { table, column } of SEALED_COLUMNS) {
    const rows = await raw().all<{ value: string | null }>(`SELECT "${column}" AS "value" FROM "${table}"`);
    const byKeyId: Record<string, number> = {};
    for (const row of rows) {
      if (!row.value) continue;
      const keyId = sealedKeyId(row.value) ?? "unknown";
      byKeyId[keyId] = (byKeyId[keyId] ?? 0) + 1;
    }
    counts.push({ table, column, byKeyId });
  }
  return counts;
}

/**
 * Moves the key file aside (it becomes the previous key) and writes a new one. Refused when the key comes from
 * TIRELIRE_SECRET (the operator rotates it in the environment) or when an older previous key is still in place.
 */
export function installNewKeyFile(): { previousKeyFile: string; keyFile: string } {
  if (process.env.TIRELIRE_SECRET) {
    throw new AppError("CONFLICT", "The key comes from TIRELIRE_SECRET: set the new key there, the old one in TIRELIRE_SECRET_PREVIOUS, then run `tirelire secrets rotate`.");
  }
  const keyFile = keyFilePath(), previousKeyFile = previousKeyFilePath();
  if (fs.existsSync(previousKeyFile)) throw new AppError("CONFLICT", `${previousKeyFile} exists: finish the previous rotation (run \`tirelire secrets rotate\`, then delete that file) first.`);
  currentKey(); // makes sure a key file exists before it is moved aside
  fs.renameSync(keyFile, previousKeyFile);
  generateKeyFile(keyFile);
  return { previousKeyFile, keyFile };
}

/** Re-seals every value not sealed with the current key; all or nothing. Returns how many changed. */
export async function rotateSecrets(): Promise<number> {
  const current = currentKey().id;
  const db = raw();
  return db.transaction(async (tx) => {
    let changed = 0;
    for (const { table, id, column } of SEALED_COLUMNS) {
      const rows = await tx.all<{ id: string; value: string | null }>(`SELECT "${id}" AS "id", "${column}" AS "value" FROM "${table}"`);
      for (const row of rows) {
        if (!row.value || sealedKeyId(row.value) === current) continue;
        await tx.run(`UPDATE "${table}" SET "${column}" = ? WHERE "${id}" = ?`, [encryptSecret(decryptSecret(row.value)), row.id]);
        changed++;
      }
    }
    for (const { table, id, column } of SEALED_JSON_COLUMNS) {
      const rows = await tx.all<{ id: string; value: string | null }>(`SELECT "${id}" AS "id", "${column}" AS "value" FROM "${table}"`);
      for (const row of rows) {
        let json: unknown;
        try { json = JSON.parse(row.value ?? "null"); } catch { continue; }
        const count = resealJson(json, current);
        if (count === 0) continue;
        await tx.run(`UPDATE "${table}" SET "${column}" = ? WHERE "${id}" = ?`, [JSON.stringify(json), row.id]);
        changed += count;
      }
    }
    return changed;
  });
}
