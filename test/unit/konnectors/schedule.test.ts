import { describe, expect, it } from "vitest";
import { isRunDue } from "../../../lib/konnectors/schedule";
import { getKonnector, konnectors } from "../../../lib/konnectors/registry";

describe("konnector schedules", () => {
  it("is due once a cron tick has passed since the last run (UTC)", () => {
    const last = new Date("2024-03-01T06:30:00Z");
    expect(isRunDue("0 6 * * *", last, new Date("2024-03-02T05:59:00Z"))).toBe(false);
    expect(isRunDue("0 6 * * *", last, new Date("2024-03-02T06:00:00Z"))).toBe(true);
    expect(isRunDue("*/15 * * * *", last, new Date("2024-03-01T06:44:00Z"))).toBe(false);
    expect(isRunDue("*/15 * * * *", last, new Date("2024-03-01T06:45:00Z"))).toBe(true);
  });

  it("never runs an invalid expression", () => {
    expect(isRunDue("not cron", new Date(0), new Date())).toBe(false);
  });
});

describe("konnector registry", () => {
  it("lists the built-in konnectors explicitly and refuses unknown slugs", () => {
    expect(Object.keys(konnectors)).toEqual(["einvoice"]);
    expect(getKonnector("einvoice").slug).toBe("einvoice");
    expect(() => getKonnector("toString")).toThrow(/Unknown konnector/);
  });
});
