/**
 * Secrets at rest (provider credentials, tokens, private keys): AES-256-GCM with a versioned prefix,
 * `v1:<keyId>:<base64(iv ‖ tag ‖ ciphertext)>`, so a rotation can tell which key sealed each value.
 *
 * The key comes from TIRELIRE_SECRET (32 bytes as base64 or hex, or any passphrase stretched with scrypt),
 * else from `<dataDir>/secret.key`, generated with mode 0600 on first use. Previous keys (TIRELIRE_SECRET_PREVIOUS,
 * comma-separated, and `<dataDir>/secret.previous.key`) still decrypt, so `tirelire secrets rotate` can re-seal.
 * Plaintext never appears in errors or logs.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataDir } from "../config";
import { AppError } from "../errors";

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;
// A fixed salt is fine here: the passphrase is the operator's own server secret, not a user password table.
const PASSPHRASE_SALT = "tirelire.secret.v1";

export interface SecretKey {
  id: string;
  bytes: Buffer;
}

export function keyFromText(text: string): Buffer {
  const trimmed = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, "hex");
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed)) {
    const decoded = Buffer.from(trimmed, "base64");
    if (decoded.length === 32) return decoded;
  }
  if (trimmed.length < 12) throw new AppError("INVALID_INPUT", "TIRELIRE_SECRET is too short: use 32 random bytes (base64 or hex) or a passphrase of at least 12 characters.");
  return crypto.scryptSync(trimmed, PASSPHRASE_SALT, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
}

export function toSecretKey(bytes: Buffer): SecretKey {
  return { id: crypto.createHash("sha256").update(bytes).digest("hex").slice(0, 8), bytes };
}

export const keyFilePath = () => path.join(dataDir(), "secret.key");
export const previousKeyFilePath = () => path.join(dataDir(), "secret.previous.key");

/** Writes a fresh random key file (0600); refuses to overwrite an existing one. */
export function generateKeyFile(file = keyFilePath()): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${crypto.randomBytes(32).toString("base64")}\n`, { mode: 0o600, flag: "wx" });
}

const cache = new Map<string, SecretKey>();

function cachedKey(source: string, load: () => Buffer): SecretKey {
  let key = cache.get(source);
  if (!key) {
    key = toSecretKey(load());
    cache.set(source, key);
  }
  return key;
}

/** The key new values are sealed with. */
export function currentKey(): SecretKey {
  const env = process.env.TIRELIRE_SECRET;
  if (env) return cachedKey(`env:${env}`, () => keyFromText(env));
  const file = keyFilePath();
  if (!fs.existsSync(file)) {
    try {
      generateKeyFile(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return cachedKey(`file:${file}:${fs.statSync(file).mtimeMs}`, () => keyFromText(fs.readFileSync(file, "utf8")));
}

/** Keys that may still have sealed stored values (decrypt only). */
export function previousKeys(): SecretKey[] {
  const keys: SecretKey[] = [];
  for (const text of (process.env.TIRELIRE_SECRET_PREVIOUS ?? "").split(",").filter((t) => t.trim())) {
    keys.push(cachedKey(`env:${text}`, () => keyFromText(text)));
  }
  const file = previousKeyFilePath();
  if (fs.existsSync(file)) keys.push(cachedKey(`file:${file}:${fs.statSync(file).mtimeMs}`, () => keyFromText(fs.readFileSync(file, "utf8"))));
  if (!process.env.TIRELIRE_SECRET) return keys;
  // When the env var replaced the key file, the file's key is a previous one.
  const current = keyFilePath();
  if (fs.existsSync(current)) keys.push(cachedKey(`file:${current}:${fs.statSync(current).mtimeMs}`, () => keyFromText(fs.readFileSync(current, "utf8"))));
  return keys;
}

export function encryptWith(key: SecretKey, value: unknown): string {
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv("aes-256-gcm", key.bytes, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
  return `${VERSION}:${key.id}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64")}`;
}

export function decryptWith(keys: readonly SecretKey[], text: string): unknown {
  const [version, keyId, payload] = text.split(":");
  if (version !== VERSION || !keyId || !payload) throw new AppError("INVALID_INPUT", "Stored secret is not in a known format.");
  const key = keys.find((k) => k.id === keyId);
  if (!key) {
    throw new AppError("INTERNAL", `No key ${keyId} to decrypt a stored secret: set TIRELIRE_SECRET (or TIRELIRE_SECRET_PREVIOUS) to the key it was sealed with.`, {
      userMessage: "The server's secret key changed: connections must be re-authorized or the old key restored.",
    });
  }
  const bytes = Buffer.from(payload, "base64");
  const decipher = crypto.createDecipheriv("aes-256-gcm", key.bytes, bytes.subarray(0, IV_BYTES));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    const plain = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
    return JSON.parse(plain.toString("utf8"));
  } catch {
    throw new AppError("INTERNAL", "A stored secret failed its integrity check (tampered or wrong key).");
  }
}

export function encryptSecret(value: unknown): string {
  return encryptWith(currentKey(), value);
}

export function decryptSecret<T = unknown>(text: string): T {
  return decryptWith([currentKey(), ...previousKeys()], text) as T;
}

/** The id of the key a stored value was sealed with (to know whether it needs re-sealing). */
export function sealedKeyId(text: string): string | null {
  const [version, keyId] = text.split(":");
  return version === VERSION && keyId ? keyId : null;
}
