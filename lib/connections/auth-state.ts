/**
 * The `state` a redirect flow carries to the bank and back: `<connectionId>.<random>`. Only a hash of the random
 * part is stored (in the connection's settings), it is compared in constant time and cleared when used, so a
 * state is single-use and a leaked settings blob cannot forge a callback.
 */
import crypto from "node:crypto";
import { AppError } from "../errors";

export interface IssuedState {
  state: string;
  hash: string;
}

const hashOf = (secret: string) => crypto.createHash("sha256").update(secret).digest("hex");

export function issueState(connectionId: string): IssuedState {
  const secret = crypto.randomBytes(24).toString("base64url");
  return { state: `${connectionId}.${secret}`, hash: hashOf(secret) };
}

const invalid = () => new AppError("INVALID_INPUT", "Unknown, expired or already used authorization state", {
  userMessage: "This bank authorization link was already used or has expired. Start the connection again from the Connections page.",
});

/** The connection id a state names (not yet proof of anything: check it with isStateValid). */
export function connectionIdOfState(state: string | undefined | null): string {
  const id = state?.split(".")[0];
  if (!state || !id || !/^[\w-]{8,64}$/.test(id)) throw invalid();
  return id;
}

export function assertStateValid(state: string, storedHash: string | undefined): void {
  const secret = state.slice(state.indexOf(".") + 1);
  if (!storedHash || !secret) throw invalid();
  const given = Buffer.from(hashOf(secret), "hex");
  const expected = Buffer.from(storedHash, "hex");
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) throw invalid();
}

/** GoCardless echoes the requisition reference as `ref`; OAuth-style providers send `state`. */
export function stateOfCallback(params: Record<string, string>): string | undefined {
  return params.state ?? params.ref;
}
