import { describe, expect, it } from "vitest";
import { guessBillType } from "../../../lib/konnectors/einvoice/bill-type";

const guess = (sellerName: string | null, lineNames: string[] = [], notes: string[] = [], typeCode: string | null = "380") => guessBillType({ sellerName, typeCode, lineNames, notes });

describe("bill type guess", () => {
  it("reads the seller first, then line items, then notes", () => {
    expect(guess("EDF")).toBe("energy");
    expect(guess("Stadtwerke Musterstadt")).toBe("energy");
    expect(guess("Physiotherapeutin")).toBe("health_costs");
    expect(guess("Taxiunternehmen TX GmbH")).toBe("transport");
    expect(guess("[Seller name]", ["Arbeitspreis Strom"])).toBe("energy");
    expect(guess("Verkehrsbetriebe GmbH", ["4-Fahrten-Karte Berlin AB"])).toBe("transport");
    expect(guess("Lieferant GmbH", ["Mobilfunk Tarif M"])).toBe("phone");
    expect(guess("Lieferant GmbH", ["Trennblätter A4"], ["Telefon: +49 89 1234"])).toBe("other");
    expect(guess("Lieferant GmbH", ["Trennblätter A4"], ["Ihre Stromrechnung 2024"])).toBe("energy");
  });

  it("calls an insurer's invoice insurance, whatever it insures", () => {
    expect(guess("MVM Versicherungsverein", ["Kfz-Haftpflicht"])).toBe("insurance");
    expect(guess("Anyone", ["Vollkasko"], [], "575")).toBe("insurance");
  });

  it("is not fooled by street names and other words inside words", () => {
    expect(guess("Lieferant GmbH", ["Schrauben"], ["Lieferant GmbH, Bahnhofstraße 5, Wasserweg 2, Immobilien AG"])).toBe("other");
    expect(guess(null)).toBe("other");
  });
});
