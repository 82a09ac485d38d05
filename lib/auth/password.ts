/** Password hashing with bcrypt (deliberately slow: cost 12 ≈ 250 ms on these machines). */
import crypto from "node:crypto";
import bcrypt from "bcryptjs";

// Read at call time so tests (and low-power hosts) can lower it with TIRELIRE_BCRYPT_COST; never below 4 (bcrypt's floor).
function cost(): number {
  const fromEnv = Number(process.env.TIRELIRE_BCRYPT_COST ?? 12);
  return Number.isInteger(fromEnv) ? Math.min(Math.max(fromEnv, 4), 15) : 12;
}

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, cost());
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

let dummyHash: Promise<string> | undefined;

/**
 * Compares against a real hash of a random password when the user does not exist, so a sign-in for an unknown
 * email costs as much as one for a known email: timing does not reveal which emails exist.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword(crypto.randomBytes(16).toString("hex"));
  await bcrypt.compare(password, await dummyHash);
  return false;
}
