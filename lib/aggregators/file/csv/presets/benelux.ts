/** Netherlands and Belgium. */
import { definePreset } from "./define";
import { hasHeaders } from "./types";

export const rabobankNl = definePreset({
  name: "rabobank-nl",
  bank: "Rabobank",
  country: "NL",
  matchedRow: "header",
  match: (cells) => hasHeaders(cells, ["IBAN/BBAN", "Munt", "Volgnr", "Datum", "Bedrag", "Saldo na trn"]),
  profile: {
    name: "Rabobank (NL)", delimiter: ",", hasHeader: true, dateColumn: "Datum", dateFormat: "yyyy-mm-dd", valueDateColumn: "Rentedatum",
    labelColumns: ["Omschrijving-1", "Omschrijving-2", "Omschrijving-3"], payeeColumn: "Naam tegenpartij",
    amount: { kind: "signed", column: "Bedrag" }, decimalSeparator: ",", balanceColumn: "Saldo na trn", currencyColumn: "Munt",
    externalIdColumn: "Volgnr", accountColumn: "IBAN/BBAN",
  },
});

export const knabNl = definePreset({
  name: "knab-nl",
  bank: "Knab",
  country: "NL",
  matchedRow: "header",
  match: (cells) => hasHeaders(cells, ["Rekeningnummer", "Transactiedatum", "Valutacode", "CreditDebet", "Bedrag", "Tegenrekeninghouder"]),
  profile: {
    name: "Knab (NL)", delimiter: ";", hasHeader: true, dateColumn: "Transactiedatum", dateFormat: "dd-mm-yyyy",
    valueDateColumn: "Valutadatum", labelColumns: ["Tegenrekeninghouder", "Omschrijving"], payeeColumn: "Tegenrekeninghouder",
    memoColumn: "Betaalwijze", amount: { kind: "indicator", column: "Bedrag", indicatorColumn: "CreditDebet", debitValues: ["D"] },
    decimalSeparator: ",", currencyColumn: "Valutacode", externalIdColumn: "Referentie", accountColumn: "Rekeningnummer",
  },
});

export const asnNl = definePreset({
  name: "asn-nl",
  bank: "ASN Bank",
  country: "NL",
  // No header: 19 columns, the own IBAN (an ASNB one) in the second.
  matchedRow: "data",
  match: (cells) => cells.length === 19 && /^NL\d{2}ASNB\d{10}$/.test(cells[1] ?? ""),
  profile: {
    name: "ASN Bank (NL)", delimiter: ",", hasHeader: false, dateColumn: 0, dateFormat: "dd-mm-yyyy", valueDateColumn: 12,
    labelColumns: [3, 17], payeeColumn: 3, memoColumn: 17, amount: { kind: "signed", column: 10 }, decimalSeparator: ".",
    balanceColumn: 8, isBalanceBeforeTransaction: true, currencyColumn: 9, externalIdColumn: 15, accountColumn: 1,
  },
});

export const kbcBe = definePreset({
  name: "kbc-be",
  bank: "KBC",
  country: "BE",
  matchedRow: "header",
  match: (cells) => hasHeaders(cells, ["Rekeningnummer", "Rubrieknaam", "Afschriftnummer", "Datum", "Bedrag", "Saldo"]),
  profile: {
    // Both a signed "Bedrag" and separate credit/debet columns: the signed one is read.
    name: "KBC (BE)", delimiter: ";", hasHeader: true, dateColumn: "Datum", dateFormat: "dd/mm/yyyy", valueDateColumn: "Valuta",
    labelColumns: ["Omschrijving"], payeeColumn: "Naam tegenpartij", memoColumn: "Vrije mededeling",
    amount: { kind: "signed", column: "Bedrag" }, decimalSeparator: ",", balanceColumn: "Saldo", currencyColumn: "Munt",
    accountColumn: "Rekeningnummer",
  },
});
