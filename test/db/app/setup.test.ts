import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import "./households";
import { completeSetup, isFirstRun } from "../../../lib/households/setup";
import { authenticate } from "../../../lib/auth/authenticate";
import { householdContextFor } from "../../../lib/auth/guard";

const testDb = useTestDb();

describe("first-run setup", () => {
  it("is open only while no user exists, and creates the owner and household once", async () => {
    expect(await isFirstRun()).toBe(true);
    const invalid = await completeSetup({ email: "not-an-email", password: "short", householdName: "", locale: "en", currency: "ZZZ" }).catch((e) => e);
    expect(invalid.name).toBe("ZodError");
    expect(invalid.issues.map((i: { path: string[] }) => i.path[0]).sort()).toEqual(["currency", "email", "householdName", "password"]);
    expect(await isFirstRun()).toBe(true);

    const created = await completeSetup({ email: "Owner@Example.com", password: "correct horse battery", name: "Ana", householdName: "Les Martin", locale: "fr", currency: "chf" });
    expect(await isFirstRun()).toBe(false);
    const household = await testDb.prisma.household.findUniqueOrThrow({ where: { id: created.household.id } });
    expect([household.name, household.locale, household.currency]).toEqual(["Les Martin", "fr", "CHF"]);
    expect((await householdContextFor(created.user.id)).role).toBe("owner");
    expect((await authenticate({ email: "owner@example.com", password: "correct horse battery", ip: null })).id).toBe(created.user.id);

    const again = await completeSetup({ email: "intruder@example.com", password: "correct horse battery", householdName: "Mine", locale: "en", currency: "EUR" }).catch((e) => e);
    expect(again.code).toBe("CONFLICT");
    expect(await testDb.prisma.user.count()).toBe(1);
    expect(await testDb.prisma.household.count()).toBe(1);
  });

  it("stores only a bcrypt hash of the password", async () => {
    const user = await testDb.prisma.user.findFirstOrThrow();
    expect(user.passwordHash).toMatch(/^\$2[aby]\$\d{2}\$/);
    expect(user.passwordHash).not.toContain("correct horse");
  });
});
