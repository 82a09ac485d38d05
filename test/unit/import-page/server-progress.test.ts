import { describe, expect, it } from "vitest";
import { readNdjsonLines } from "../../../app/(app)/import/upload";
import { describeWriting } from "../../../app/(app)/import/progress";

describe("the import page's reading of the commit's NDJSON", () => {
  it("reads complete lines only: a line still arriving waits for the next read", () => {
    expect(readNdjsonLines("")).toEqual([]);
    expect(readNdjsonLines('{"progress":{"bytesDone":1')).toEqual([]);
    expect(readNdjsonLines('{"progress":{"rowsDone":1}}\n{"progress":{"rows')).toEqual([{ progress: { rowsDone: 1 } }]);
    expect(readNdjsonLines('{"progress":{"rowsDone":1}}\n{"result":{"new":2}}\n')).toEqual([{ progress: { rowsDone: 1 } }, { result: { new: 2 } }]);
  });

  it("says how many rows are written of an estimate scaled to the file's bytes, in the page's language", () => {
    expect(describeWriting({ bytesDone: 420_000, bytesTotal: 1_000_000, rowsDone: 42_000 }, "en")).toBe("Writing rows: 42,000 of ~100,000");
    expect(describeWriting({ bytesDone: 420_000, bytesTotal: 1_000_000, rowsDone: 42_000 }, "fr")).toMatch(/^Écriture des lignes : 42\s000 sur ~100\s000$/);
    // At the end the count is exact, not an estimate rounded to two digits.
    expect(describeWriting({ bytesDone: 10, bytesTotal: 10, rowsDone: 30_123 }, "en")).toBe("Writing rows: 30,123 of ~30,123");
  });
});
