/** Germany, Austria, Switzerland. */
import { definePreset } from "./define";
import { hasHeaders } from "./types";

export const sparkasseDe = definePreset({
  name: "sparkasse-de",
  bank: "Sparkasse (CSV-CAMT export)",
  country: "DE",
  matchedRow: "header",
  // Both Sparkasse layouts (CSV-CAMT and CSV-MT940) end with "Info": "Umsatz gebucht" or "Umsatz vorgemerkt" (pending).
  match: (cells) => hasHeaders(cells, ["Auftragskonto", "Buchungstag", "Valutadatum", "Buchungstext", "Verwendungszweck", "Betrag", "Info"]),
  profile: {
    name: "Sparkasse (DE)", delimiter: ";", hasHeader: true, dateColumn: "Buchungstag", dateFormat: "dd.mm.yy",
    valueDateColumn: "Valutadatum", labelColumns: ["Verwendungszweck"], payeeColumn: "Beguenstigter/Zahlungspflichtiger",
    memoColumn: "Buchungstext", amount: { kind: "signed", column: "Betrag" }, decimalSeparator: ",", currencyColumn: "Waehrung",
    accountColumn: "Auftragskonto", statusColumn: "Info",
  },
});

export const glsDe = definePreset({
  name: "gls-de",
  bank: "GLS Bank",
  country: "DE",
  matchedRow: "header",
  match: (cells) => hasHeaders(cells, ["Kontonummer", "Buchungstag", "Wertstellung", "VWZ1", "VWZ14", "Betrag", "Kontostand"]),
  profile: {
    name: "GLS Bank (DE)", delimiter: ";", hasHeader: true, dateColumn: 1, dateFormat: "dd.mm.yyyy", valueDateColumn: 2,
    labelColumns: [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18], payeeColumn: 3, memoColumn: 4,
    amount: { kind: "signed", column: 19 }, decimalSeparator: ",", balanceColumn: 20, currencyColumn: 21, accountColumn: 0,
  },
});

export const livebankAt = definePreset({
  name: "livebank-at",
  bank: "Livebank",
  country: "AT",
  matchedRow: "header",
  match: (cells) => hasHeaders(cells, ["Kontonummer", "Auszugsnummer", "Buchungsdatum", "Umsatzzeit", "Zahlungsreferenz", "Betrag", "Umsatztext"]),
  profile: {
    // Data rows are wider than the header: the text continues in unnamed columns 10 and 11.
    name: "Livebank (AT)", delimiter: ";", hasHeader: true, dateColumn: 2, dateFormat: "yyyy-mm-dd", valueDateColumn: 3,
    labelColumns: [9, 10, 11], memoColumn: 8, amount: { kind: "signed", column: 7 }, decimalSeparator: ",", currencyColumn: 6,
    accountColumn: 0, skipZeroAmounts: true,
  },
});

export const ingDibaAt = definePreset({
  name: "ing-diba-at",
  bank: "ING-DiBa Austria",
  country: "AT",
  matchedRow: "header",
  match: (cells) => cells.length === 6 && hasHeaders(cells, ["Kontonummer", "Text", "Datum", "Soll", "Haben"]),
  profile: {
    name: "ING-DiBa (AT)", delimiter: ";", hasHeader: true, dateColumn: 2, dateFormat: "dd.mm.yyyy", labelColumns: [1],
    amount: { kind: "debitCredit", debit: 4, credit: 5 }, decimalSeparator: ",", currencyColumn: 3, accountColumn: 0,
  },
});

export const raiffeisenElbaAt = definePreset({
  name: "raiffeisen-elba-at",
  bank: "Raiffeisen (ELBA export, .dat)",
  country: "AT",
  // The first line is an account record "K|<bank code>|<account>|EUR"; transactions follow without a header.
  matchedRow: "preamble",
  match: (cells) => cells.length === 4 && cells[0] === "K" && /^\d+$/.test(cells[1] ?? "") && /^[A-Z]{3}$/.test(cells[3] ?? ""),
  profile: {
    name: "Raiffeisen ELBA (AT)", delimiter: "|", hasHeader: false, dateColumn: 2, dateFormat: "yyyymmdd", labelColumns: [1],
    payeeColumn: 3, memoColumn: 5, amount: { kind: "signed", column: 4 }, decimalSeparator: ".", currency: "EUR",
  },
});

export const ubsCh = definePreset({
  name: "ubs-ch",
  bank: "UBS",
  country: "CH",
  matchedRow: "header",
  match: (cells) => hasHeaders(cells, ["Produit", "Monn.", "Date de valeur", "Débit", "Crédit", "Solde"]),
  profile: {
    name: "UBS (CH, français)", delimiter: ";", hasHeader: true, dateColumn: 3, dateFormat: "dd.mm.yyyy",
    labelColumns: [4, 5, 6], amount: { kind: "debitCredit", debit: 8, credit: 9 }, decimalSeparator: ".", balanceColumn: 10,
    currencyColumn: 1, externalIdColumn: 7, accountColumn: 0,
  },
});
