/** First-run setup: open only while no user exists; creates the first user and the household they own. */
import { db } from "../db/client";
import { createUserWithHousehold, type CreatedUser, type NewUser } from "./users";

/** True until the first user exists: the setup page is open only then. */
export async function isFirstRun(): Promise<boolean> {
  return (await db().user.count()) === 0;
}

export type SetupInput = Required<Pick<NewUser, "email" | "password" | "householdName" | "locale" | "currency">> & Pick<NewUser, "name">;

export function completeSetup(input: SetupInput): Promise<CreatedUser> {
  return createUserWithHousehold(input, { onlyIfFirst: true });
}
