import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { bulkDelete } from "../../../lib/insights/bulk";
import { restoreTransactions } from "../../../app/(app)/transactions/restore";
import { addTransactions, seedHousehold } from "../categorizer-ui/helpers";

const testDb = useTestDb();
const deletedAt = async (id: string) => (await testDb.prisma.transaction.findUniqueOrThrow({ where: { id } })).deletedAt;

describe("transactions page: undo of a bulk delete", () => {
  it("brings the deleted rows back, and only this household's", async () => {
    const seeded = await seedHousehold(testDb);
    const other = await seedHousehold(testDb);
    const ids = await addTransactions(testDb, seeded, [["CB LIDL", -900n], ["CB FNAC", -4500n], ["CB SNCF", -3000n]]);
    const [foreign] = await addTransactions(testDb, other, [["CB LIDL", -900n]]);
    await bulkDelete(other.ctx, [foreign!]);
    expect(await bulkDelete(seeded.ctx, ids.slice(0, 2))).toBe(2);

    await expect(restoreTransactions(seeded.viewer, ids.slice(0, 2))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await restoreTransactions(seeded.ctx, [...ids, foreign!])).toBe(2);
    for (const id of ids) expect(await deletedAt(id)).toBeNull();
    expect(await deletedAt(foreign!)).not.toBeNull();
    // A second click changes nothing.
    expect(await restoreTransactions(seeded.ctx, ids.slice(0, 2))).toBe(0);
  });

  it("refuses malformed ids before touching anything", async () => {
    const seeded = await seedHousehold(testDb);
    await expect(restoreTransactions(seeded.ctx, ["x' OR 1=1 --"])).rejects.toThrow();
    await expect(restoreTransactions(seeded.ctx, [])).rejects.toThrow();
  });
});
