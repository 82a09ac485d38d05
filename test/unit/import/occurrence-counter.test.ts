import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { OccurrenceCounter } from "../../../lib/import/occurrence-counter";

const digest = (text: string) => createHash("sha256").update(text).digest();

describe("OccurrenceCounter", () => {
  it("counts each key separately through many resizes", () => {
    const counter = new OccurrenceCounter();
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 20_000; i++) expect(counter.next(digest(`row ${i}`))).toBe(round);
    }
  });

  it("tells keys apart that share their low 32 bits", () => {
    const counter = new OccurrenceCounter();
    expect(counter.next(Uint8Array.from([1, 0, 0, 0, 9, 9, 9, 9]))).toBe(0);
    expect(counter.next(Uint8Array.from([2, 0, 0, 0, 9, 9, 9, 9]))).toBe(0);
    expect(counter.next(Uint8Array.from([1, 0, 0, 0, 9, 9, 9, 9]))).toBe(1);
  });
});
