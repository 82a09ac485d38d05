import { describe, expect, it } from "vitest";
import { OccurrenceCounter } from "../../../lib/import/occurrence-counter";
import { hash128 } from "../../../lib/import/hash";


describe("OccurrenceCounter", () => {
  it("counts each key separately through many resizes", () => {
    const counter = new OccurrenceCounter();
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 20_000; i++) {
        const [high, low] = hash128(`row ${i}`);
        expect(counter.next(high, low)).toBe(round);
      }
    }
  });

  it("tells keys apart that share their low 32 bits", () => {
    const counter = new OccurrenceCounter();
    expect(counter.next(1, 0x09090909)).toBe(0);
    expect(counter.next(2, 0x09090909)).toBe(0);
    expect(counter.next(1, 0x09090909)).toBe(1);
  });
});

describe("hash128", () => {
  it("spreads near-identical rows over distinct hashes", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50_000; i++) seen.add(hash128(`acc|2024-01-01|-${i}|EUR|CAFE`).join(","));
    expect(seen.size).toBe(50_000);
    expect(hash128("a")).toEqual(hash128("a"));
  });
});
