import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { operatorContext, type HouseholdContext } from "../../../lib/auth/guard";
import { commitImport, commitParsed, type ImportInput } from "../../../lib/import";
import { parseInChunks } from "../../../lib/import/chunks";

const testDb = useTestDb();
let ctx: HouseholdContext;

function csvWithTwins(rows: number): Uint8Array {
  const lines = ["Date;Libellé;Montant"];
  // The same coffee twice a day: their derived ids depend on occurrence counts that must carry across chunks.
  for (let i = 0; i < rows; i++) lines.push(`${String((Math.floor(i / 2) % 28) + 1).padStart(2, "0")}/04/2024;CAFE DU COIN;-2,50`);
  return new TextEncoder().encode(lines.join("\n") + "\n");
}

beforeAll(async () => {
  ctx = operatorContext((await testDb.prisma.household.create({ data: { name: "Chunks" } })).id);
});

describe("a large CSV committed in chunks", () => {
  it("writes the same rows with the same ids as a whole-file import, in one batch", async () => {
    const bytes = csvWithTwins(2_000);
    const input: ImportInput = { fileName: "big.csv", bytes, target: { newAccount: { name: "Big" } } };
    const first = await commitParsed(ctx, input, parseInChunks(input, 3_000, 0));
    expect(first).toMatchObject({ new: 2_000, duplicates: 0, possibleDuplicates: 0 });
    expect(await testDb.prisma.importBatch.count()).toBe(1);
    const again = await commitImport(ctx, { ...input, target: { accountId: first.accounts[0]!.accountId } });
    expect(again).toMatchObject({ new: 0, duplicates: 2_000 });
  });
});
