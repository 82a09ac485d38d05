/**
 * Every bank file fixture that parses is imported, then imported again: the second import must write nothing
 * (issue 3: "re-importing any of them creates no duplicate"), and the first must agree with the parser's count.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { operatorContext, type HouseholdContext } from "../../../lib/auth/guard";
import { commitImport, parseImportFile, type ImportTarget } from "../../../lib/import";
import { accountIdentityKey } from "../../../lib/import/statements";
import { isAppError } from "../../../lib/errors";
import { listFixtures, readFixture } from "../../helpers/fixtures";

const testDb = useTestDb();
let ctx: HouseholdContext;

const files = ["ofx", "qif", "csv", "camt", "mt940"].flatMap((folder) => listFixtures(folder).map((name) => `${folder}/${name}`)).filter((file) => {
  try {
    readFixture(file);
    return true;
  } catch {
    return false;
  }
});

beforeAll(async () => {
  ctx = operatorContext((await testDb.prisma.household.create({ data: { name: "Fixtures" } })).id);
});

describe("re-importing a fixture creates no duplicate", () => {
  for (const file of files) {
    it(file, async () => {
      const bytes = readFixture(file);
      let parse;
      try {
        parse = parseImportFile({ bytes });
      } catch (error) {
        expect(isAppError(error), String(error)).toBe(true); // unreadable on purpose (e.g. a spreadsheet): refused cleanly
        return;
      }
      const rowCount = parse.statements.reduce((n, s) => n + s.transactions.length, 0);
      const isNamed = parse.statements.every((s) => accountIdentityKey(s.account) !== null);
      const firstTarget: ImportTarget = isNamed ? "auto" : { newAccount: { name: file } };
      const first = await commitImport(ctx, { fileName: file, bytes, target: firstTarget });
      expect(first.new + first.duplicates).toBe(rowCount);
      const againTarget: ImportTarget = isNamed ? "auto" : { accountId: first.accounts[0]!.accountId };
      const before = await testDb.prisma.transaction.count({ where: { householdId: ctx.householdId } });
      const again = await commitImport(ctx, { fileName: file, bytes, target: againTarget });
      expect(again.new).toBe(0);
      expect(again.duplicates).toBe(rowCount);
      expect(await testDb.prisma.transaction.count({ where: { householdId: ctx.householdId } })).toBe(before);
    });
  }
});
