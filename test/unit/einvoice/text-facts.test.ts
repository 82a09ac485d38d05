import { describe, expect, it } from "vitest";
import { findAmounts, pickTotal, proposeFromText } from "../../../lib/konnectors/einvoice/text-facts";

describe("facts proposed from plain bill text", () => {
  it("reads amounts in French, German and English notations, not dates or quantities", () => {
    const amounts = findAmounts("Forfait 1 234,56 € · EUR 1.234,56 · $1,234.56 · 9,90EUR · le 12.03.2024 · 1,5 kg · 20 %");
    expect(amounts.map((a) => [a.amount, a.currency])).toEqual([["1234.56", "EUR"], ["1234.56", "EUR"], ["1234.56", "USD"], ["9.90", "EUR"]]);
  });

  it("takes the amount to pay over subtotals and larger unrelated amounts", () => {
    const text = "Total HT 624,90 € Total TTC 671,15 € Acompte 201,00 € Solde à payer 470,15 € Capital social 120 000,00 €";
    expect(pickTotal(findAmounts(text))?.amount).toBe("470.15");
    expect(pickTotal(findAmounts("Gesamtbetrag 44,90 EUR Kundennummer 123,45"))?.amount).toBe("44.90");
    expect(pickTotal(findAmounts("Abo 10,00 € Option 5,00 €"))?.amount).toBe("10.00");
    expect(pickTotal([])).toBeNull();
  });

  it("finds invoice numbers however they are labelled", () => {
    const numberOf = (text: string) => proposeFromText(text).invoiceNumber;
    expect(numberOf("Rechnungsnummer: R-2024-123 vom 05.03.2024")).toBe("R-2024-123");
    expect(numberOf("Facture n° F-12345 du 01/02/2024")).toBe("F-12345");
    expect(numberOf("Invoice #12345")).toBe("12345");
    expect(numberOf("N° de facture : FA2024001")).toBe("FA2024001");
    expect(numberOf("Bonjour, merci")).toBeNull();
  });

  it("proposes the labelled bill date and a due date only when a due word announces it", () => {
    const proposals = proposeFromText("Période du 01/02/2024 au 29/02/2024. Date de facture : 05/03/2024. Prélèvement le 20/03/2024. Total TTC 44,90 €");
    expect(proposals).toMatchObject({ date: "2024-03-05", dueDate: "2024-03-20", amount: "44.90", currency: "EUR" });
    expect(proposals.dates).toEqual(["2024-02-01", "2024-02-29", "2024-03-05", "2024-03-20"]);
    expect(proposeFromText("Période du 01/02/2024 au 29/02/2024").dueDate).toBeNull();
  });
});
