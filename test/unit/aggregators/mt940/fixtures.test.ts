/**
 * Every MT940 fixture, checked against the facts /work/shared/fixtures/SOURCES.md gives for it (statements,
 * :61: counts, balances, accounts, reconciliation). Choices on ambiguous files are pinned and explained.
 */
import { describe, expect, it } from "vitest";
import { mt940Aggregator } from "../../../../lib/aggregators/file/mt940";
import { detectFormat } from "../../../../lib/aggregators/file";
import type { ParseResult } from "../../../../lib/aggregators/types";
import { listFixtures, readFixture } from "../../../helpers/fixtures";
import { sumAmounts } from "../camt/sum";

const parse = (name: string) => mt940Aggregator.parse(readFixture(`mt940/${name}`));
const transactionsOf = (result: ParseResult) => result.statements.flatMap((s) => s.transactions);
const unreconciled = (result: ParseResult) => result.warnings.filter((w) => /do not reconcile/.test(w.message));

interface Facts {
  statements: number;
  entries: number;
  firstOpening: string;
  lastClosing: string;
  currency: string;
  accounts: string[];
  /** How many statements SOURCES.md says do not reconcile. */
  unreconciled: number;
}

const FACTS: Record<string, Facts> = {
  "WoLpH-mt940__abnamro.sta": { statements: 2, entries: 10, firstOpening: "3236.28", lastClosing: "1849.75", currency: "EUR", accounts: ["517852257"], unreconciled: 2 },
  "WoLpH-mt940__rabobank.sta": { statements: 4, entries: 5, firstOpening: "473.17", lastClosing: "4101.82", currency: "EUR", accounts: ["1291.99.348", "1526.89.184"], unreconciled: 2 },
  "WoLpH-mt940__postfinance.sta": { statements: 2, entries: 4, firstOpening: "0.00", lastClosing: "159.60", currency: "CHF", accounts: ["123456789"], unreconciled: 1 },
  "WoLpH-mt940__triodos.sta": { statements: 1, entries: 2, firstOpening: "4975.09", lastClosing: "4370.79", currency: "EUR", accounts: ["TRIODOSBANK/0390123456"], unreconciled: 1 },
  "WoLpH-mt940__mBank-mt940.sta": { statements: 1, entries: 3, firstOpening: "0.40", lastClosing: "0.43", currency: "PLN", accounts: ["PL29114010810000267002001002"], unreconciled: 0 },
  "WoLpH-mt940__171011_01234945.sta": { statements: 1, entries: 3, firstOpening: "627311.30", lastClosing: "617874.30", currency: "HUF", accounts: ["1966315302010001"], unreconciled: 0 },
  "WoLpH-mt940__raiffeisen-cmi.sta": { statements: 1, entries: 7, firstOpening: "25170637.10", lastClosing: "25281687.60", currency: "HUF", accounts: ["UBRTHUHB/123456789150ABCDEF002"], unreconciled: 1 },
  "WoLpH-mt940__sepa_mt9401.sta": { statements: 26, entries: 97, firstOpening: "-1234718.36", lastClosing: "50.05", currency: "EUR", accounts: [], unreconciled: 0 },
  "WoLpH-mt940__0708271685_09022020_164516.940.txt": { statements: 31, entries: 8, firstOpening: "444.29", lastClosing: "501.23", currency: "EUR", accounts: ["NL81ASNB9999999999"], unreconciled: 0 },
  "php-mt940__Bunq-sample": { statements: 1, entries: 111, firstOpening: "32.33", lastClosing: "5.66", currency: "EUR", accounts: ["NL10BUNQ2290325473"], unreconciled: 0 },
  "php-mt940__Hsbc-sample": { statements: 1, entries: 1, firstOpening: "0.00", lastClosing: "0.00", currency: "HKD", accounts: ["808XXXXXX292"], unreconciled: 1 },
  "php-mt940__Zetb-sample": { statements: 1, entries: 8, firstOpening: "6213.05", lastClosing: "2469.14", currency: "NGN", accounts: ["1014365930"], unreconciled: 0 },
  "zilverline-mt940__two_accounts.txt": { statements: 4, entries: 3, firstOpening: "9265.12", lastClosing: "238.00", currency: "EUR", accounts: ["1567.50.961", "9914.30.727", "3462.483.153", "1325.76.155"], unreconciled: 0 },
};

describe("mt940 fixtures", () => {
  it("every fixture has facts here", () => {
    expect(listFixtures("mt940").sort()).toEqual(Object.keys(FACTS).sort());
  });

  it.each(listFixtures("mt940"))("%s: detection, statements, entries, balances, accounts, reconciliation", (name) => {
    const bytes = readFixture(`mt940/${name}`);
    expect(mt940Aggregator.detect(bytes)).toBeGreaterThanOrEqual(0.9);
    expect(detectFormat(bytes)).toBe("mt940");
    const facts = FACTS[name] as Facts;
    const result = parse(name);
    expect(result.format).toBe("mt940");
    expect(result.statements).toHaveLength(facts.statements);
    expect(transactionsOf(result)).toHaveLength(facts.entries);
    expect(result.statements[0]?.openingBalance?.amount).toBe(facts.firstOpening);
    expect(result.statements.at(-1)?.closingBalance?.amount).toBe(facts.lastClosing);
    for (const statement of result.statements) {
      expect(statement.account.currency).toBe(facts.currency);
      for (const transaction of statement.transactions) {
        expect(transaction.currency).toBe(facts.currency);
        expect(transaction.amount).toMatch(/^-?\d+(\.\d+)?$/);
        expect(transaction.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(transaction.label.length).toBeGreaterThan(0);
      }
    }
    if (facts.accounts.length) expect([...new Set(result.statements.map((s) => s.account.externalId))]).toEqual(facts.accounts);
    expect(unreconciled(result)).toHaveLength(facts.unreconciled);
    // The import's unique key is (account, externalId): ids never repeat within one account.
    const ids = result.statements.flatMap((s) => s.transactions.filter((t) => t.externalId !== null).map((t) => `${s.account.externalId} ${t.externalId}`));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("mt940 fixture details", () => {
  it("ABN AMRO: amounts without decimals (D9, D107,), entry dates, NONREF gives no id, multi-line :86:", () => {
    const result = parse("WoLpH-mt940__abnamro.sta");
    const [first] = result.statements;
    expect(first?.account).toMatchObject({ number: "517852257", iban: null });
    expect(first?.transactions.map((t) => t.amount)).toContain("-107.00");
    expect(first?.transactions[0]).toMatchObject({ amount: "-9.00", date: "2011-05-24", valueDate: "2011-05-24", externalId: null });
    expect(first?.transactions[1]).toMatchObject({ date: "2011-05-23", valueDate: "2011-05-21" });
    expect(first?.transactions[0]?.label).toBe("GIRO 428428 KPN - DIGITENNE BETALINGSKENM. 000000042188659 5314606715 BETREFT FACTUUR D.D. 20-05-2011 INCL. 1,44 BTW");
    expect(result.statements[1]?.openingBalance).toEqual({ amount: "2876.84", date: "2011-05-23" });
  });

  it("old Rabobank: the number + name on the :61: line are the counterparty, not a reference", () => {
    const result = parse("WoLpH-mt940__rabobank.sta");
    expect(result.statements.map((s) => s.account.number)).toEqual(["1291.99.348", "1291.99.348", "1291.99.348", "1526.89.184"]);
    const first = result.statements[0]?.transactions[0];
    expect(first).toMatchObject({ amount: "-1213.28", date: "2011-05-27", payee: "W.P. Jansen", externalId: null });
    expect(first?.label).toBe("Terugboeking NIET AKKOORD MET AFSCHRIJVING KOSTEN KINDEROPVANG JUNI 20095731");
    // Pinned: "P000029225" appears on two different payments the same day; as an id it would merge them.
    const last = result.statements[3]?.transactions ?? [];
    expect(last.map((t) => [t.amount, t.payee, t.externalId])).toEqual([
      ["-88.10", "KPN - MOBIEL", null],
      ["-6.20", "NS-Utrecht C. 117 UTRECHT", null],
    ]);
  });

  it("PostFinance: funds code, 79,7 → 79.70, continuation lines, repeated customer reference is no id", () => {
    const result = parse("WoLpH-mt940__postfinance.sta");
    const all = transactionsOf(result);
    expect(all.map((t) => t.amount)).toEqual(["79.70", "149.50", "-79.90", "10.10"]);
    expect(all[0]?.label).toContain("AUFTRAGGEBER: JANE DOE EXAMPLESTRASSE 10 1234");
    expect(all[0]?.memo).toBe("20131209007602198765432000000012");
    // "01916" is the customer reference of three different transactions: not an identifier.
    expect(all.slice(0, 3).map((t) => t.externalId)).toEqual([null, null, null]);
    expect(all[3]?.externalId).toBe("01651");
    expect(unreconciled(result)[0]?.message).toMatch(/difference 0\.2/);
  });

  it("Triodos: '>' subfields joined into one sentence", () => {
    const [statement] = parse("WoLpH-mt940__triodos.sta").statements;
    expect(statement?.account).toMatchObject({ bankId: "TRIODOSBANK", number: "0390123456" });
    expect(statement?.transactions.map((t) => [t.amount, t.label])).toEqual([
      ["-15.70", "ALGEMENE TUSSENREKENING KOSTEN VAN 01-10-2010 TOT EN MET 31-12-2010"],
      ["-700.00", "HUUR KANTOOR - FEB 2010"],
    ]);
  });

  it("mBank: SOH/ETX framing, funds code N, ';'-separated :86: → title and sender", () => {
    const [statement] = parse("WoLpH-mt940__mBank-mt940.sta").statements;
    expect(statement?.account.iban).toBe("PL29114010810000267002001002");
    expect(sumAmounts(statement?.transactions ?? [])).toBe("0.03");
    expect(statement?.transactions[0]).toMatchObject({ amount: "0.01", externalId: "MB170119012058", label: "PRZELEW SRODKOW" });
    expect(statement?.transactions[0]?.payee).toMatch(/^JAN NOWAK/);
  });

  it("Sberbank: :NS: blocks give the partner name; the repeated reference 'X' is no id", () => {
    const [statement] = parse("WoLpH-mt940__171011_01234945.sta").statements;
    expect(statement?.transactions.map((t) => t.amount)).toEqual(["-2402.00", "-3460.00", "-3575.00"]);
    expect(statement?.transactions.map((t) => t.externalId)).toEqual([null, null, null]);
    expect(statement?.transactions[1]?.payee).toBe("ERGO Eletbiztosito Zrt.");
  });

  it("Raiffeisen HU: code-page bytes decode to Hungarian text; the line after :61: is kept as memo", () => {
    const result = parse("WoLpH-mt940__raiffeisen-cmi.sta");
    const [statement] = result.statements;
    expect(statement?.account).toMatchObject({ bankId: "UBRTHUHB", number: "123456789150ABCDEF002", currency: "HUF" });
    expect(statement?.transactions[0]?.memo).toBe("Csoportos átutalás jóváírása");
    expect(statement?.transactions[0]?.label).toContain("összevont utánvét");
    expect(unreconciled(result)[0]?.message).toMatch(/difference 1123264/);
  });

  it("German SEPA (betterplace): debit opening balance, CR/DR marks with funds code, RC reversal is a debit, ?32 name", () => {
    const result = parse("WoLpH-mt940__sepa_mt9401.sta");
    const [first, second] = result.statements;
    expect(first?.account).toMatchObject({ bankId: "50880050", number: "0194774600888", externalId: "50880050/0194774600888" });
    expect(first?.openingBalance).toEqual({ amount: "-1234718.36", date: "2007-09-03" });
    expect(first?.transactions.map((t) => t.amount)).toEqual(["300.00", "335.33", "15000.00", "66295.08", "915311.55", "-204.88", "-999946.95"]);
    expect(first?.transactions[0]).toMatchObject({ externalId: "0724710345313905", memo: "RETOURE" });
    expect(first?.transactions[0]?.label).toBe("EREF+TFNR 40005 00005 MTLG:Grund nicht spezifiziert Reject aus SEPA-Ueberweisungsauftrag");
    expect(second?.transactions[0]?.payee).toBe("Richter Renate 70 Zeichen Beginn Fuellzeichen xxxxxxxx");
    expect(result.statements.at(-1)?.closingBalance?.amount).toBe("50.05");
  });

  it("ASN: SWIFT envelopes, counterparty IBAN in the reference slot, all 31 daily statements chain", () => {
    const result = parse("WoLpH-mt940__0708271685_09022020_164516.940.txt");
    expect(result.statements[0]?.openingBalance).toEqual({ amount: "444.29", date: "2020-01-01" });
    expect(result.statements.at(-1)?.closingBalance).toEqual({ amount: "501.23", date: "2020-01-31" });
    for (let i = 1; i < result.statements.length; i++) {
      expect(result.statements[i]?.openingBalance?.amount).toBe(result.statements[i - 1]?.closingBalance?.amount);
    }
    const first = result.statements[0]?.transactions[0];
    expect(first).toMatchObject({ amount: "-65.00", payee: "hr gjlm paulissen", externalId: null });
    expect(first?.label).toBe("NL47INGB9999999999 hr gjlm paulissen Betaling sieraden");
  });

  it("bunq: /IBAN/NAME/REMI/ codes → payee and label", () => {
    const [statement] = parse("php-mt940__Bunq-sample").statements;
    expect(statement?.account).toMatchObject({ iban: "NL10BUNQ2290325473", currency: "EUR" });
    expect(statement?.openingBalance).toEqual({ amount: "32.33", date: "2019-01-31" });
    expect(statement?.closingBalance).toEqual({ amount: "5.66", date: "2019-05-31" });
    expect(statement?.transactions[2]).toMatchObject({ amount: "-34.50", payee: "www.thomann.de", label: "www.thomann.de Burgebrach, DE" });
    expect(statement?.transactions[0]).toMatchObject({ amount: "2.00", payee: "P.C. Wacki", label: "P.C. Wacki" });
  });

  it("HSBC: /OCMT/ original amount in USD; the :86: after :62F: is not the transaction's text", () => {
    const [statement] = parse("php-mt940__Hsbc-sample").statements;
    expect(statement?.transactions).toHaveLength(1);
    expect(statement?.transactions[0]).toMatchObject({
      amount: "-20000.00", currency: "HKD", originalAmount: "-2853.12", originalCurrency: "USD", externalId: "6128522200250001",
      label: "PAYMENT OF INVOICES 204011665 20401 1687",
    });
    expect(statement?.transactions[0]?.label).not.toContain("OSDR");
  });

  it("Zenith: {1:}{2:}{4: envelope, :61: without type code, closing dated before opening (kept as written)", () => {
    const [statement] = parse("php-mt940__Zetb-sample").statements;
    expect(statement?.transactions.filter((t) => !t.amount.startsWith("-"))).toHaveLength(1);
    expect(statement?.transactions[0]).toMatchObject({ amount: "220000.00", externalId: "19239782213", date: "2020-11-30" });
    expect(statement?.openingBalance?.date).toBe("2020-12-18");
    expect(statement?.closingBalance?.date).toBe("2020-11-30");
    expect(statement?.transactions.at(-1)?.label).toBe("Acct Maint. Fee + VAT");
  });

  it("two_accounts: Ctrl-Z before a :20:, four accounts, a debit opening balance", () => {
    const result = parse("zilverline-mt940__two_accounts.txt");
    expect(result.statements.map((s) => s.account.currency)).toEqual(["EUR", "EUR", "EUR", "EUR"]);
    expect(result.statements[3]?.openingBalance?.amount).toBe("-12.00");
    expect(result.statements[3]?.transactions[0]).toMatchObject({ amount: "250.00", label: "Saldo aanvullen", payee: "ZILVERLINE B.V. /FREEMLE" });
  });
});
