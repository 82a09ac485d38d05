/** Password hashing with bcrypt (deliberately slow: cost 12 ≈ 250 ms on these machines). */
import bcrypt from "bcryptjs";

const COST = Number(process.env.TIRELIRE_BCRYPT_COST ?? 12);

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** A hash to compare against when the user does not exist, so timing does not reveal which emails exist. */
export const DUMMY_HASH = "$2b$12$C6UzMDM.H6dfI/f/IKcEeO5rWQK4V.3ZB8mJuU4d7q5Mmrv9Gk8W2";
