import { describe, expect, it } from "vitest";
import { billTypeName } from "../../../components/bills/bill-type";

describe("billTypeName", () => {
  it("names the konnectors' bill types in the household language", () => {
    expect(billTypeName("energy", "en")).toBe("Energy");
    expect(billTypeName("energy", "fr")).toBe("Énergie");
    expect(billTypeName("health_costs", "fr")).toBe("Frais de santé");
  });
  it("shows an unknown type as it came, and nothing for no type", () => {
    expect(billTypeName("parking", "fr")).toBe("parking");
    expect(billTypeName(null, "en")).toBeNull();
  });
});
