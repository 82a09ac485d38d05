/**
 * Flags of the cookie naming the household a user looks at (HOUSEHOLD_COOKIE): out of scripts' reach, not sent on
 * cross-site subrequests, and Secure whenever the session cookie is (lib/http/secure-request.ts).
 */
import { isSecureRequest, type SecureRequestEnv } from "./secure-request";

const ONE_YEAR_S = 365 * 24 * 3600;

export interface HouseholdCookieOptions {
  httpOnly: true;
  sameSite: "lax";
  secure: boolean;
  path: "/";
  maxAge: number;
}

export function householdCookieOptions(headers: Pick<Headers, "get">, env?: SecureRequestEnv): HouseholdCookieOptions {
  return { httpOnly: true, sameSite: "lax", secure: isSecureRequest(headers, env), path: "/", maxAge: ONE_YEAR_S };
}
