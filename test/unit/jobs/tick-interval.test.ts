import { describe, expect, it } from "vitest";
import { tickIntervalMs } from "../../../lib/jobs/scheduler";

describe("scheduler tick interval (TIRELIRE_SCHEDULER_TICK_MS)", () => {
  it("defaults to 30 s and accepts whole milliseconds from 100 up", () => {
    expect(tickIntervalMs(undefined)).toBe(30_000);
    expect(tickIntervalMs("250")).toBe(250);
    expect(tickIntervalMs("100")).toBe(100);
  });

  it("ignores values that would spin or make no sense", () => {
    for (const value of ["", "0", "99", "-5", "1.5", "fast", "1e9x"]) expect(tickIntervalMs(value)).toBe(30_000);
  });
});
