/** Nordic and Baltic, Central Europe, Brazil. */
import { definePreset } from "./define";
import { hasHeaders } from "./types";

export const nordeaDk = definePreset({
  name: "nordea-dk",
  bank: "Nordea",
  country: "DK",
  // No header: date; text; value date; signed amount; balance (dd-mm-yyyy, decimal comma).
  matchedRow: "data",
  match: (cells) =>
    cells.length === 5 && /^\d{2}-\d{2}-\d{4}$/.test(cells[0] ?? "") && /^\d{2}-\d{2}-\d{4}$/.test(cells[2] ?? "") && /^-?[\d.]*\d,\d{2}$/.test(cells[3] ?? ""),
  profile: {
    name: "Nordea (DK)", delimiter: ";", hasHeader: false, dateColumn: 0, dateFormat: "dd-mm-yyyy", valueDateColumn: 2,
    labelColumns: [1], amount: { kind: "signed", column: 3 }, decimalSeparator: ",", balanceColumn: 4, currency: "DKK",
  },
});

export const swedbankLt = definePreset({
  name: "swedbank-lt",
  bank: "Swedbank (Baltics)",
  country: "LT",
  matchedRow: "header",
  match: (cells) => hasHeaders(cells, ["Account No", "Date", "Beneficiary", "Amount", "Currency", "D/K", "Record ID"]),
  profile: {
    // Record type in the unnamed second column: 10 opening balance, 20 transaction, 82 turnover, 86 closing balance.
    name: "Swedbank (LT/LV/EE)", delimiter: ",", hasHeader: true, dateColumn: 2, dateFormat: "yyyy-mm-dd", labelColumns: [4],
    payeeColumn: 3, amount: { kind: "indicator", column: 5, indicatorColumn: 7, debitValues: ["D"] }, decimalSeparator: ".",
    currencyColumn: 6, accountColumn: 0, recordType: { column: 1, transaction: ["20"], openingBalance: ["10"], closingBalance: ["86"] },
  },
});

export const raiffeisenbankCz = definePreset({
  name: "raiffeisenbank-cz",
  bank: "Raiffeisenbank",
  country: "CZ",
  matchedRow: "header",
  match: (cells) => hasHeaders(cells, ["Datum provedení", "Datum zaúčtování", "Číslo účtu", "Zaúčtovaná částka", "Měna účtu"]),
  profile: {
    name: "Raiffeisenbank (CZ)", delimiter: ";", hasHeader: true, dateColumn: 0, dateFormat: "dd.mm.yyyy", valueDateColumn: 1,
    labelColumns: [8], payeeColumn: 6, memoColumn: 9, amount: { kind: "signed", column: 13 }, decimalSeparator: ",",
    currencyColumn: 14, externalIdColumn: 18, accountColumn: 2, categoryColumn: 4,
  },
});

export const ersteHu = definePreset({
  name: "erste-hu",
  bank: "Erste Bank",
  country: "HU",
  matchedRow: "header",
  match: (cells) => hasHeaders(cells, ["Tranzakció dátuma", "Partner neve", "Tranzakció összege", "Bevétel/Kiadás", "Egyenleg"]),
  profile: {
    name: "Erste Bank (HU)", delimiter: ",", hasHeader: true, dateColumn: 0, dateFormat: "yyyy.mm.dd", valueDateColumn: 10,
    labelColumns: [1, 13], payeeColumn: 1, memoColumn: 11, amount: { kind: "signed", column: 6 }, decimalSeparator: ".",
    currencyColumn: 7, balanceColumn: 14, externalIdColumn: 12, accountColumn: 4,
  },
});

export const bancoDoBrasil = definePreset({
  name: "banco-do-brasil",
  bank: "Banco do Brasil",
  country: "BR",
  matchedRow: "header",
  match: (cells) => hasHeaders(cells, ["Data", "Dependencia Origem", "Histórico", "Data do Balancete", "Número do documento", "Valor"]),
  profile: {
    name: "Banco do Brasil (extrato)", delimiter: ",", hasHeader: true, dateColumn: 0, dateFormat: "mm/dd/yyyy", labelColumns: [2],
    amount: { kind: "signed", column: 5 }, decimalSeparator: ".", externalIdColumn: 4, currency: "BRL",
  },
});
