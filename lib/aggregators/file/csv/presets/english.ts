/** United Kingdom, Ireland, Singapore. */
import { definePreset } from "./define";
import { hasHeaders } from "./types";

export const johnLewisCardUk = definePreset({
  name: "john-lewis-card-uk",
  bank: "John Lewis Partnership Card",
  country: "GB",
  matchedRow: "header",
  match: (cells) => cells.length >= 3 && hasHeaders(cells.slice(0, 3), ["Date Processed", "Description", "Amount"]),
  profile: {
    // Charges are positive; a payment carries "CR" in the unnamed fourth column.
    name: "John Lewis Partnership Card (UK)", delimiter: ",", hasHeader: true, dateColumn: 0, dateFormat: "dd-mmm-yyyy",
    labelColumns: [1], amount: { kind: "indicator", column: 2, indicatorColumn: 3, debitValues: [""] }, decimalSeparator: ".",
    currency: "GBP", accountType: "card",
  },
});

export const nationwideUk = definePreset({
  name: "nationwide-uk",
  bank: "Nationwide",
  country: "GB",
  // No header: date "07 Nov 2013", type, description, paid out, paid in, balance ("£" amounts).
  matchedRow: "data",
  match: (cells) => cells.length === 6 && /^\d{2} [A-Za-z]{3} \d{4}$/.test(cells[0] ?? "") && (cells[5] ?? "").startsWith("£"),
  profile: {
    name: "Nationwide (UK)", delimiter: ",", hasHeader: false, dateColumn: 0, dateFormat: "dd mmm yyyy", labelColumns: [1, 2],
    amount: { kind: "debitCredit", debit: 3, credit: 4 }, decimalSeparator: ".", balanceColumn: 5, currency: "GBP",
  },
});

export const bankOfIrelandIe = definePreset({
  name: "bank-of-ireland-ie",
  bank: "Bank of Ireland",
  country: "IE",
  matchedRow: "header",
  match: (cells) => cells.length === 5 && hasHeaders(cells, ["Date", "Details", "Debit", "Credit", "Balance"]),
  profile: {
    name: "Bank of Ireland (IE)", delimiter: ",", hasHeader: true, dateColumn: 0, dateFormat: "dd/mm/yyyy", labelColumns: [1],
    amount: { kind: "debitCredit", debit: 2, credit: 3 }, decimalSeparator: ".", balanceColumn: 4, currency: "EUR",
  },
});

export const ocbcSg = definePreset({
  name: "ocbc-sg",
  bank: "OCBC Bank",
  country: "SG",
  matchedRow: "header",
  match: (cells) => hasHeaders(cells, ["Transaction date", "Value date", "Description", "Withdrawals (SGD)", "Deposits (SGD)"]),
  profile: {
    // Each transaction is followed by a row with empty dates carrying the rest of its description.
    name: "OCBC (SG)", delimiter: ",", hasHeader: true, dateColumn: 0, dateFormat: "dd/mm/yyyy", valueDateColumn: 1,
    labelColumns: [2], amount: { kind: "debitCredit", debit: 3, credit: 4 }, decimalSeparator: ".", currency: "SGD",
  },
});
