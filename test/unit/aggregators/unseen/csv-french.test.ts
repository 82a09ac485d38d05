/**
 * CSV exports of French banks we have no fixture for: account preambles, multi-line quoted labels, Débit/Crédit
 * columns, decimal commas with space or narrow no-break space grouping, "+" on credits, windows-1252 and
 * ISO-8859-1/15 text, dd/mm/yy dates, balance lines ("Solde en fin de période") inside the data.
 */
import { describe, expect, it } from "vitest";
import { crlf, encode, only, parseBoth, rows } from "./helpers";

describe("unseen CSV exports: France", () => {
  it("Crédit Agricole: preamble, quoted labels spanning lines, Débit euros / Crédit euros, space grouping", async () => {
    const json = await parseBoth(encode(crlf(
      "Téléchargement du 25/11/2026;",
      "",
      "M. JEAN DUPONT;",
      "Compte de Dépôt carte n° 12345678901;",
      "Solde au 24/11/2026 3 711,11 €;",
      "",
      "Liste des opérations du compte entre le 01/11/2026 et le 24/11/2026;",
      "",
      "Date;Libellé;Débit euros;Crédit euros;",
      '24/11/2026;"PAIEMENT PAR CARTE          \nAMAZON PAYMENTS 23/11      \n";23,45;;',
      '20/11/2026;"VIREMENT EN VOTRE FAVEUR    \nACME SAS SALAIRE NOVEMBRE  \n";;2 500,00;',
      '05/11/2026;"PRELEVEMENT                 \nEDF clients particuliers   \n";1 100,00;;',
    ), "windows-1252"));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.date, t.amount])).toEqual([["2026-11-24", "-23.45"], ["2026-11-20", "2500.00"], ["2026-11-05", "-1100.00"]]);
    expect(statement.transactions[0]!.label).toMatch(/^PAIEMENT PAR CARTE\s+AMAZON PAYMENTS 23\/11$/);
    expect(statement.account.currency).toBe("EUR");
  });

  it("Société Générale: account line, two label columns, signed Montant, Devise column", async () => {
    const json = await parseBoth(encode(crlf(
      '="000123456789";Compte courant;24/11/2026;',
      "",
      "Date de l'opération;Libellé;Détail de l'écriture;Montant de l'opération;Devise",
      "24/11/2026;CARTE X1234 23/11 AMAZON;CARTE X1234 23/11 AMAZON PAYMENTS LUXEMBOURG;-23,45;EUR",
      "20/11/2026;VIR RECU 123456789;DE: ACME SAS MOTIF: SALAIRE NOVEMBRE;2 500,00;EUR",
      "05/11/2026;PRELEVEMENT EUROPEEN 1234;DE: EDF ID: FR12ZZZ123456 MOTIF: ECHEANCE;-1 100,00;EUR",
    ), "iso-8859-1"));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.date, t.amount, t.currency])).toEqual([
      ["2026-11-24", "-23.45", "EUR"], ["2026-11-20", "2500.00", "EUR"], ["2026-11-05", "-1100.00", "EUR"],
    ]);
    expect(statement.transactions[0]!.label).toMatch(/AMAZON/);
  });

  it("Boursorama: camelCase headers, category columns, accountbalance, decimal comma without grouping", async () => {
    const json = await parseBoth(encode(crlf(
      "dateOp;dateVal;label;category;categoryParent;supplierFound;amount;comment;accountNum;accountLabel;accountbalance",
      '2026-11-24;2026-11-24;"CARTE 23/11/26 AMAZON CB*1234";"Achats en ligne";"Achats et shopping";"amazon";-23,45;;00012345678;"BoursoBank";3711,11',
      '2026-11-20;2026-11-20;"VIR SEPA ACME SAS";"Salaires";"Revenus";"acme";2500,00;;00012345678;"BoursoBank";3711,11',
      '2026-11-05;2026-11-06;"PRLV SEPA EDF";"Electricité";"Logement";"edf";-1100,00;;00012345678;"BoursoBank";3711,11',
    ), "utf-8-bom"));
    const statement = only(json);
    expect(rows(json)).toEqual([
      ["2026-11-24", "-23.45", "CARTE 23/11/26 AMAZON CB*1234"],
      ["2026-11-20", "2500.00", "VIR SEPA ACME SAS"],
      ["2026-11-05", "-1100.00", "PRLV SEPA EDF"],
    ]);
    expect(statement.transactions[2]!.valueDate).toBe("2026-11-06");
  });

  it("La Banque Postale: padded preamble keys, Montant(EUROS) next to Montant(FRANCS): the euros are the amount", async () => {
    const json = await parseBoth(encode(crlf(
      "Numéro Compte   ;0123456X020",
      "Type            ;CCP",
      "Compte tenu en  ;euros",
      "Date            ;24/11/2026",
      "Solde (EUROS)   ;3 711,11",
      "Solde (FRANCS)  ;24 343,22",
      "",
      "Date;Libellé;Montant(EUROS);Montant(FRANCS)",
      '24/11/2026;"ACHAT CB AMAZON 23.11.26 CARTE NUMERO 123";-23,45;-153,82',
      '20/11/2026;"VIREMENT DE ACME SAS SALAIRE";2500,00;16398,93',
      '05/11/2026;"PRELEVEMENT DE EDF";-1100,00;-7215,53',
    ), "iso-8859-15"));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.date, t.amount])).toEqual([["2026-11-24", "-23.45"], ["2026-11-20", "2500.00"], ["2026-11-05", "-1100.00"]]);
    expect(statement.transactions[0]!.label).toBe("ACHAT CB AMAZON 23.11.26 CARTE NUMERO 123");
    expect(statement.account.currency).toBe("EUR");
  });

  it("Crédit Mutuel: Débit written negative, Crédit positive, value date and running balance", async () => {
    const json = await parseBoth(crlf(
      "Date;Date de valeur;Débit;Crédit;Libellé;Solde",
      "24/11/2026;24/11/2026;-23,45;;PAIEMENT CB 2311 AMAZON PAYMENTS;3711,11",
      "20/11/2026;20/11/2026;;2500,00;VIR SEPA ACME SAS SALAIRE;3734,56",
      "05/11/2026;06/11/2026;-1100,00;;PRLV SEPA EDF;1234,56",
    ));
    const statement = only(json);
    expect(rows(json)).toEqual([
      ["2026-11-24", "-23.45", "PAIEMENT CB 2311 AMAZON PAYMENTS"],
      ["2026-11-20", "2500.00", "VIR SEPA ACME SAS SALAIRE"],
      ["2026-11-05", "-1100.00", "PRLV SEPA EDF"],
    ]);
    expect(statement.transactions[2]!.valueDate).toBe("2026-11-06");
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
  });

  it("Caisse d'Epargne: dd/mm/yy, '+' credits with space grouping, 'Solde en fin/début de période' lines around the data", async () => {
    const json = await parseBoth(encode(crlf(
      "Code de la banque : 12345;Code de l'agence : 00012;Date de début de téléchargement : 01/11/2026;Date de fin de téléchargement : 24/11/2026;;",
      "Numéro de compte : 01234567890;Nom du compte : COMPTE CHEQUE;Devise : EUR;;;",
      "Solde en fin de période;;;;3 611,11;",
      "Date;Numéro d'opération;Libellé;Débit;Crédit;Détail;",
      "24/11/26;1234567;CB AMAZON FACT 231126;-23,45;;CB AMAZON FACT 231126;",
      "20/11/26;1234568;VIR ACME SAS;;+2 500,00;VIR SEPA ACME SAS SALAIRE NOVEMBRE;",
      "05/11/26;1234569;PRLV EDF;-100,00;;PRLV SEPA EDF ECHEANCE;",
      "Solde en début de période;;;;1 234,56;",
    ), "windows-1252"));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.date, t.amount, t.externalId])).toEqual([
      ["2026-11-24", "-23.45", "1234567"], ["2026-11-20", "2500.00", "1234568"], ["2026-11-05", "-100.00", "1234569"],
    ]);
    expect(statement.openingBalance).toEqual({ amount: "1234.56", date: "2026-11-05" });
    expect(statement.closingBalance).toEqual({ amount: "3611.11", date: "2026-11-24" });
    expect(statement.account.currency).toBe("EUR");
  });

  it("Fortuneo: 'Date opération' header, trailing semicolons, one-decimal amounts ('2500,0')", async () => {
    const json = await parseBoth(encode(crlf(
      "Date opération;Date valeur;libellé;Débit;Crédit;",
      "24/11/2026;24/11/2026;CARTE 23/11 AMAZON PAYMENTS;-23,45;;",
      "20/11/2026;20/11/2026;VIR ACME SAS SALAIRE;;2500,0;",
      "05/11/2026;05/11/2026;PRLV SEPA EDF;-1100,5;;",
    ), "windows-1252"));
    expect(rows(json)).toEqual([
      ["2026-11-24", "-23.45", "CARTE 23/11 AMAZON PAYMENTS"],
      ["2026-11-20", "2500.00", "VIR ACME SAS SALAIRE"],
      ["2026-11-05", "-1100.50", "PRLV SEPA EDF"],
    ]);
  });

  it("narrow no-break space grouping and amounts with '€' (exports of French online banks)", async () => {
    const nnbsp = "\u202f";
    const json = await parseBoth(crlf(
      "Date;Libellé;Montant",
      `24/11/2026;Prélèvement loyer;-1${nnbsp}100,00${nnbsp}€`,
      `20/11/2026;Salaire ACME;2${nnbsp}500,00${nnbsp}€`,
      `19/11/2026;Boulangerie;-4,80${nnbsp}€`,
    ));
    const statement = only(json);
    expect(rows(json)).toEqual([["2026-11-24", "-1100.00", "Prélèvement loyer"], ["2026-11-20", "2500.00", "Salaire ACME"], ["2026-11-19", "-4.80", "Boulangerie"]]);
    expect(statement.account.currency).toBe("EUR");
  });

  it("month names in French ('24 nov. 2026', 'févr.', 'déc.') read as days", async () => {
    const json = await parseBoth(crlf(
      "Date;Libellé;Montant",
      "24 nov. 2026;CB AMAZON;-23,45",
      "3 févr. 2026;VIR ACME;2500,00",
      "12 déc. 2025;PRLV EDF;-65,00",
      "1 juil. 2026;CB SNCF;-42,00",
    ));
    expect(rows(json).map(([date, amount]) => [date, amount])).toEqual([
      ["2026-11-24", "-23.45"], ["2026-02-03", "2500.00"], ["2025-12-12", "-65.00"], ["2026-07-01", "-42.00"],
    ]);
  });

  it("ISO-8859-15 export: the euro sign is byte 0xA4, read as '€' (not windows-1252's '¤'), currency EUR", async () => {
    const json = await parseBoth(encode(crlf("Date;Libellé;Montant", "24/11/2026;Prélèvement Crédit Agricole;-23,45 €", "20/11/2026;Virement reçu;2 500,00 €"), "iso-8859-15"));
    const statement = only(json);
    expect(json.encoding).toBe("iso-8859-15");
    expect(statement.account.currency).toBe("EUR");
    expect(rows(json)).toEqual([["2026-11-24", "-23.45", "Prélèvement Crédit Agricole"], ["2026-11-20", "2500.00", "Virement reçu"]]);
  });
});
