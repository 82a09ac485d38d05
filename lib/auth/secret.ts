/**
 * The key that signs session tokens: NEXTAUTH_SECRET, else `<dataDir>/auth.secret`, generated once with mode 0600
 * (scripts/prepare-data.mjs does the same before `npm start`; this covers `next dev` and the CLI).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataDir } from "../config";

let cached: string | undefined;

export function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (cached) return cached;
  const dir = dataDir();
  const file = path.join(/*turbopackIgnore: true*/ dir, "auth.secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true });
    try {
      fs.writeFileSync(file, `${crypto.randomBytes(32).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  cached = fs.readFileSync(file, "utf8").trim();
  return cached;
}
