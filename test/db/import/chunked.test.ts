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

  it("tells its progress after each slice, ending at the file's last byte and row", async () => {
    const bytes = csvWithTwins(3_000);
    const input: ImportInput = { fileName: "progress.csv", bytes, target: { newAccount: { name: "Progress" } } };
    const seen: { bytesDone: number; bytesTotal: number; rowsDone: number }[] = [];
    const result = await commitParsed(ctx, input, parseInChunks(input, 4_000, 0), { onProgress: (p) => seen.push(p) });
    expect(result.new).toBe(3_000);
    expect(seen.length).toBeGreaterThan(5);
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]!.bytesDone).toBeGreaterThan(seen[i - 1]!.bytesDone);
      expect(seen[i]!.rowsDone).toBeGreaterThan(seen[i - 1]!.rowsDone);
    }
    expect(seen.at(-1)).toEqual({ bytesDone: bytes.length, bytesTotal: bytes.length, rowsDone: 3_000 });
  });

  it("an OFX committed in slices gives the same rows as the whole file, and its balance once", async () => {
    const trn = (i: number) => `<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>202405${String((i % 28) + 1).padStart(2, "0")}<TRNAMT>-${(i % 40) + 1}.25<FITID>OF${i}<NAME>SHOP ${i % 9}</STMTTRN>`;
    const text = `OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR<BANKACCTFROM><BANKID>1<ACCTID>77<ACCTTYPE>CHECKING</BANKACCTFROM><BANKTRANLIST><DTSTART>20240501<DTEND>20240528\n${Array.from({ length: 1_500 }, (_, i) => trn(i)).join("\n")}\n</BANKTRANLIST><LEDGERBAL><BALAMT>-100.00<DTASOF>20240528</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n`;
    const input: ImportInput = { fileName: "big.ofx", bytes: new TextEncoder().encode(text), target: { newAccount: { name: "Big OFX" } } };
    const chunks = [...parseInChunks(input, 5_000, 0)];
    expect(chunks.length).toBeGreaterThan(5);
    const first = await commitParsed(ctx, input, chunks);
    expect(first).toMatchObject({ new: 1_500, duplicates: 0 });
    expect(first.accounts[0]!.balance).toMatchObject({ reported: "-100.00", isMatching: true });
    const reports = await testDb.raw.all(`SELECT 1 FROM "BalanceReport" WHERE "sourceId" = ?`, [first.batchId]);
    expect(reports).toHaveLength(1);
    const again = await commitImport(ctx, { ...input, target: { accountId: first.accounts[0]!.accountId } });
    expect(again).toMatchObject({ new: 0, duplicates: 1_500 });
  });
});
