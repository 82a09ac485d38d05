import { describe, expect, it } from "vitest";
import { billIdentity } from "../../../lib/bills/identity";

const base = { konnector: "einvoice", vendor: "Lieferant GmbH", vendorRef: "471102", date: "2018-03-05", amountMinor: 52987n, currency: "EUR", status: "complete" as const };

describe("bill identity", () => {
  it("is konnector + vendor + reference when the vendor gave one, whatever the date or amount", () => {
    expect(billIdentity(base, null)).toBe(billIdentity({ ...base, date: "2018-04-01", amountMinor: 1n, vendor: " lieferant  GmbH " }, null));
    expect(billIdentity(base, null)).not.toBe(billIdentity({ ...base, konnector: "other" }, null));
    expect(billIdentity(base, null)).not.toBe(billIdentity({ ...base, vendor: "Another seller" }, null));
  });

  it("falls back to vendor + date + amount without a reference", () => {
    const noRef = { ...base, vendorRef: null };
    expect(billIdentity(noRef, null)).toBe(billIdentity({ ...noRef, konnector: "other", vendor: "LIEFERANT GMBH" }, null));
    expect(billIdentity(noRef, null)).not.toBe(billIdentity({ ...noRef, amountMinor: 52988n }, null));
    expect(billIdentity(noRef, null)).not.toBe(billIdentity({ ...noRef, date: "2018-03-06" }, null));
  });

  it("identifies a bill to complete by its file's content", () => {
    expect(billIdentity({ ...base, status: "to_complete" }, "ab".repeat(32))).toBe(`file:${"ab".repeat(32)}`);
    expect(billIdentity({ ...base, status: "to_complete" }, null)).toMatch(/^ref:/);
  });
});
