import fs from "node:fs";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { main } from "../../../lib/cli/main";
import type { CliIo } from "../../../lib/cli/types";
import { fixturePath } from "../../helpers/fixtures";

const testDb = useTestDb();

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async function* () {} };
  const code = await main(["import", ...argv], io);
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

const CAMT = fixturePath("camt/ofxstatement-iso20022__simple.xml");
const MT940 = fixturePath("mt940/zilverline-mt940__two_accounts.txt");

describe("tirelire import", () => {
  it("asks for a household when there is none", async () => {
    const result = await run(CAMT, "--new-account", "--json");
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/No household yet/);
  });

  let householdId = "";
  let accountId = "";
  it("imports into a new account and prints the counts", async () => {
    householdId = (await testDb.prisma.household.create({ data: { name: "Solo" } })).id;
    const result = await run(CAMT, "--new-account", "--name", "DNB", "--json");
    expect(result.stderr).toBe("");
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ accounts: 1, new: 4, duplicates: 0, possibleDuplicates: 0, skipped: 0, warnings: 0 });
    expect(Object.keys(json).slice(0, 7)).toEqual(["batchId", "accounts", "new", "duplicates", "possibleDuplicates", "skipped", "warnings"]);
    accountId = json.details.accounts[0].accountId;
    expect(json.details.accounts[0].balance).toMatchObject({ reported: "125.52", computed: "125.52", isMatching: true });
    const account = await testDb.prisma.account.findUniqueOrThrow({ where: { id: accountId } });
    expect(account).toMatchObject({ householdId, name: "DNB", iban: "LT000000000000000000" });
    const batch = await testDb.prisma.importBatch.findUniqueOrThrow({ where: { id: json.batchId }, include: { rawPayload: true } });
    expect(batch).toMatchObject({ fileName: "ofxstatement-iso20022__simple.xml", format: "camt", encoding: "utf-8", countNew: 4, accountId });
    expect(Buffer.from(batch.rawPayload!.content).equals(fs.readFileSync(CAMT))).toBe(true);
    expect(batch.sha256).toBe(createHash("sha256").update(fs.readFileSync(CAMT)).digest("hex"));
  });

  it("re-importing the same file into that account creates no duplicate", async () => {
    const result = await run(CAMT, "--account", accountId, "--json");
    expect(JSON.parse(result.stdout)).toMatchObject({ new: 0, duplicates: 4 });
    expect(await testDb.prisma.transaction.count({ where: { accountId } })).toBe(4);
  });

  it("imports a multi-account file with --auto, then recognises every account", async () => {
    const first = JSON.parse((await run(MT940, "--auto", "--json")).stdout);
    expect(first).toMatchObject({ accounts: 4, new: 3 });
    const again = JSON.parse((await run(MT940, "--auto", "--json")).stdout);
    expect(again).toMatchObject({ accounts: 4, new: 0, duplicates: 3 });
    expect(await testDb.prisma.account.count({ where: { householdId } })).toBe(5);
  });

  it("prints a readable summary without --json", async () => {
    const result = await run(CAMT, "--account", accountId);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/0 new, 4 duplicate\(s\)/);
    expect(result.stdout).toMatch(/bank says 125\.52, Tirelire computes 125\.52 \(matches\)/);
  });

  it("with several households, lists them and asks for --household; an unknown account is not found", async () => {
    const other = await testDb.prisma.household.create({ data: { name: "Other" } });
    const ambiguous = await run(CAMT, "--account", accountId, "--json");
    expect(ambiguous.code).not.toBe(0);
    expect(ambiguous.stderr).toMatch(/--household/);
    expect(ambiguous.stderr).toContain(other.id);
    const foreign = await run(CAMT, "--account", accountId, "--household", other.id, "--json");
    expect(foreign.code).not.toBe(0);
    expect(foreign.stderr).toMatch(/not found/i);
    expect(await testDb.prisma.importBatch.count({ where: { householdId: other.id } })).toBe(0);
  });

  it("needs exactly one of --account, --new-account, --auto", async () => {
    const result = await run(CAMT, "--json");
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/Choose one of --account/);
  });
});
