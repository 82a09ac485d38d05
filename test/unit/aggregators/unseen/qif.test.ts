/**
 * QIF exports we have no fixture for, written from what Quicken, Microsoft Money, GnuCash, Moneydance and banks'
 * QIF downloads produce: apostrophe years, !Account blocks, AutoSwitch account lists, memorized and category lists
 * to skip, splits, credit-card sections, European dates and decimal commas, windows-1252 payees.
 */
import { describe, expect, it } from "vitest";
import { crlf, encode, lf, only, parseBoth, rows } from "./helpers";

describe("unseen QIF exports", () => {
  it("Quicken (US): apostrophe years, T and U, check numbers, categories, cleared flags, a split", async () => {
    const json = await parseBoth(crlf(
      "!Type:Bank",
      "D11/ 5'26", "U-1,100.00", "T-1,100.00", "CX", "N1042", "PLandlord LLC", "MRent November", "LHousing:Rent", "^",
      "D11/20'26", "U2,500.00", "T2,500.00", "CR", "PACME Corp", "MPayroll", "SSalary", "$3,000.00", "STaxes:Federal", "$-500.00", "^",
      "D11/24'26", "U-23.45", "T-23.45", "PAMAZON MKTPL*2K4LL1", "LShopping", "^",
    ));
    const statement = only(json);
    expect(json.format).toBe("qif");
    expect(rows(json)).toEqual([
      ["2026-11-05", "-1100.00", "Landlord LLC"],
      ["2026-11-20", "2500.00", "ACME Corp"],
      ["2026-11-24", "-23.45", "AMAZON MKTPL*2K4LL1"],
    ]);
    expect(statement.transactions.map((t) => [t.payee, t.memo, t.checkNumber])).toEqual([
      ["Landlord LLC", "Rent November", "1042"], ["ACME Corp", "Payroll", null], ["AMAZON MKTPL*2K4LL1", null, null],
    ]);
    expect(statement.account.type).toBe("checking");
    expect(json.warnings.some((w) => /split/.test(w.message))).toBe(true);
  });

  it("Quicken: an 'Opening Balance' record to its own account is the opening balance, not a transaction", async () => {
    const json = await parseBoth(crlf(
      "!Type:Bank",
      "D11/ 1'26", "T1,234.56", "CX", "POpening Balance", "L[Checking]", "^",
      "D11/24'26", "T-23.45", "PAMAZON", "^",
    ));
    const statement = only(json);
    expect(statement.openingBalance).toEqual({ amount: "1234.56", date: "2026-11-01" });
    expect(rows(json)).toEqual([["2026-11-24", "-23.45", "AMAZON"]]);
  });

  it("credit card section: charges negative, the payment positive, card account", async () => {
    const json = await parseBoth(crlf(
      "!Type:CCard",
      "D11/24/2026", "T-23.45", "PAMAZON.COM", "^",
      "D11/20/2026", "T500.00", "PPAYMENT - THANK YOU", "^",
      "D11/18/2026", "T-14.20", "PUBER TRIP", "^",
    ));
    const statement = only(json);
    expect(statement.account.type).toBe("card");
    expect(rows(json)).toEqual([
      ["2026-11-24", "-23.45", "AMAZON.COM"], ["2026-11-20", "500.00", "PAYMENT - THANK YOU"], ["2026-11-18", "-14.20", "UBER TRIP"],
    ]);
  });

  it("GnuCash: two !Account blocks, each followed by its register: two statements named after the accounts", async () => {
    const json = await parseBoth(lf(
      "!Account", "NAssets:Current Assets:Checking Account", "TBank", "^",
      "!Type:Bank",
      "D11/20/2026", "T2500.00", "PACME Corp", "LIncome:Salary", "^",
      "D11/24/2026", "T-23.45", "PAmazon", "LExpenses:Online", "^",
      "!Account", "NLiabilities:Credit Card", "TCCard", "^",
      "!Type:CCard",
      "D11/22/2026", "T-56.78", "PWhole Foods", "LExpenses:Groceries", "^",
    ));
    expect(json.statements).toHaveLength(2);
    expect(json.statements.map((s) => [s.account.name, s.account.type, s.transactions.length])).toEqual([
      ["Assets:Current Assets:Checking Account", "checking", 2],
      ["Liabilities:Credit Card", "card", 1],
    ]);
    expect(rows(json, 1)).toEqual([["2026-11-22", "-56.78", "Whole Foods"]]);
  });

  it("Quicken full export: AutoSwitch account list, category and memorized lists skipped, registers per account", async () => {
    const json = await parseBoth(crlf(
      "!Option:AutoSwitch",
      "!Account", "NChecking", "TBank", "DMain checking", "^", "NVisa", "TCCard", "L5000.00", "^",
      "!Clear:AutoSwitch",
      "!Type:Cat", "NHousing", "DRent and mortgage", "E", "^", "NSalary", "I", "^",
      "!Type:Memorized", "KP", "T-1,100.00", "PLandlord LLC", "LHousing", "^", "KD", "T2,500.00", "PACME Corp", "^",
      "!Account", "NChecking", "TBank", "^",
      "!Type:Bank",
      "D11/ 5'26", "T-1,100.00", "PLandlord LLC", "LHousing", "^",
      "D11/20'26", "T2,500.00", "PACME Corp", "LSalary", "^",
      "!Account", "NVisa", "TCCard", "^",
      "!Type:CCard",
      "D11/24'26", "T-23.45", "PAMAZON", "^",
    ));
    expect(json.statements.map((s) => [s.account.name, s.account.type, s.transactions.map((t) => t.amount)])).toEqual([
      ["Checking", "checking", ["-1100.00", "2500.00"]],
      ["Visa", "card", ["-23.45"]],
    ]);
    expect(json.warnings.some((w) => /Memorized/.test(w.message))).toBe(true);
  });

  it("Microsoft Money (UK): day-first dates, grouped amounts, windows-1252 payee, transfer category", async () => {
    const json = await parseBoth(encode(crlf(
      "!Type:Bank",
      "D24/11/2026", "T-23.45", "PCafé Rouge", "^",
      "D20/11/2026", "T2,500.00", "PACME Ltd", "^",
      "D05/11/2026", "T-1,100.00", "PTransfer to Savings", "L[Savings]", "^",
    ), "windows-1252"));
    const statement = only(json);
    expect(rows(json)).toEqual([
      ["2026-11-24", "-23.45", "Café Rouge"], ["2026-11-20", "2500.00", "ACME Ltd"], ["2026-11-05", "-1100.00", "Transfer to Savings"],
    ]);
    expect(statement.transactions[2]!.memo).toBeNull();
  });

  it("European bank QIF: dotted dates, decimal commas with dot grouping, memo without payee", async () => {
    const json = await parseBoth(encode(crlf(
      "!Type:Bank",
      "D24.11.2026", "T-23,45", "MKartenzahlung REWE Markt", "^",
      "D20.11.2026", "T2.500,00", "MGehalt November ACME GmbH", "^",
      "D05.11.2026", "T-1.100,00", "MMiete November", "^",
    ), "iso-8859-1"));
    expect(rows(json)).toEqual([
      ["2026-11-24", "-23.45", "Kartenzahlung REWE Markt"], ["2026-11-20", "2500.00", "Gehalt November ACME GmbH"], ["2026-11-05", "-1100.00", "Miete November"],
    ]);
  });

  it("French bank QIF: dd/mm/yy dates all ≤ 12 ordered by the file's sequence, amounts without decimals", async () => {
    const json = await parseBoth(encode(crlf(
      "!Type:Bank",
      "D01/11/26", "T-23,45", "PCB AMAZON", "^",
      "D03/11/26", "T2500", "PVIR ACME SAS", "^",
      "D05/11/26", "T-4,8", "PCB BOULANGERIE", "^",
      "D10/11/26", "T-100", "PPRLV EDF", "^",
      "D12/11/26", "T-65,00", "PPRLV FREE", "^",
    ), "windows-1252"));
    // Every day ≤ 12: day/month and month/day are both sorted; the five days in November beat five months' 1st.
    expect(rows(json).map(([date, amount]) => [date, amount])).toEqual([
      ["2026-11-01", "-23.45"], ["2026-11-03", "2500.00"], ["2026-11-05", "-4.80"], ["2026-11-10", "-100.00"], ["2026-11-12", "-65.00"],
    ]);
  });

  it("Moneydance: ISO dates, an empty N field", async () => {
    const json = await parseBoth(lf(
      "!Type:Bank",
      "D2026-11-24", "T-23.45", "PAmazon", "N", "^",
      "D2026-11-20", "T2500.00", "PACME Corp", "^",
    ));
    expect(rows(json)).toEqual([["2026-11-24", "-23.45", "Amazon"], ["2026-11-20", "2500.00", "ACME Corp"]]);
  });

  it("investment register: dividends and cash in, buys and sells reported but not imported", async () => {
    const json = await parseBoth(crlf(
      "!Type:Invst",
      "D11/ 3'26", "NBuy", "YVanguard Total Stock", "I250.00", "Q4", "T1,000.00", "^",
      "D11/15'26", "NDiv", "YVanguard Total Stock", "T12.34", "^",
      "D11/20'26", "NXIn", "PTransfer from checking", "T500.00", "L[Checking]", "^",
    ));
    const statement = only(json);
    expect(statement.account.type).toBe("investment");
    expect(statement.transactions.map((t) => [t.date, t.amount])).toEqual([["2026-11-15", "12.34"], ["2026-11-20", "500.00"]]);
    expect(json.warnings.some((w) => /Buy/.test(w.message))).toBe(true);
  });

  it("German finance app export: !Option:MDY with dotted month-first dates, class and category lists, the AutoSwitch account naming the register, 'Eröffnungssaldo'", async () => {
    const json = await parseBoth(lf(
      "!Option:MDY",
      "!Type:Class", "NHaus 1", "DAusgaben für mehrere Häuser", "^",
      "!Type:Cat", "NWohnen:Miete", "DAusgaben für Miete", "E", "^", "NLohn-Gehalt", "I", "^",
      "!Option:AutoSwitch",
      "!Account", "NGirokonto Sparkasse", "DHauptkonto", "TBank", "^",
      "!Type:Bank ",
      "D11.01.26", "U1,234.56", "T1,234.56", "CX", "PEröffnungssaldo", "L[Girokonto Sparkasse]", "^",
      "D11.05.26", "U-1,100.00", "T-1,100.00", "PVermieter GmbH", "MMiete November", "LWohnen:Miete", "^",
      "D11.12.26", "U2,500.00", "T2,500.00", "PACME GmbH", "LLohn-Gehalt", "^",
    ));
    const statement = only(json);
    expect(statement.account.name).toBe("Girokonto Sparkasse");
    expect(statement.openingBalance).toEqual({ amount: "1234.56", date: "2026-11-01" });
    // Every date is ≤ 12 both ways and dotted: only the header's MDY says these are November days.
    expect(rows(json)).toEqual([["2026-11-05", "-1100.00", "Vermieter GmbH"], ["2026-11-12", "2500.00", "ACME GmbH"]]);
  });
});
