/** CAMT rules one at a time: status, splitting, references, balances, dates, encodings, namespaces. */
import { describe, expect, it } from "vitest";
import { camtAggregator } from "../../../../lib/aggregators/file/camt";
import { balanceXml, bytesOf, entryXml, statementXml } from "./build";

const parse = (xml: string, options = {}) => camtAggregator.parse(bytesOf(xml), options);
const transactions = (xml: string) => parse(xml).statements[0]?.transactions ?? [];

const detail = (amount: string, name: string, extra = "") =>
  `<TxDtls><Refs><EndToEndId>E2E-${name}</EndToEndId></Refs><AmtDtls><TxAmt><Amt Ccy="EUR">${amount}</Amt></TxAmt></AmtDtls><RltdPties><Cdtr><Nm>${name}</Nm></Cdtr></RltdPties><RmtInf><Ustrd>Invoice ${name}</Ustrd></RmtInf>${extra}</TxDtls>`;

describe("camt entries", () => {
  it("signs by CdtDbtInd and reads booking and value days", () => {
    const [debit, credit] = transactions(statementXml(entryXml({ amount: "42.5" }) + entryXml({ amount: "3", indicator: "CRDT" })));
    expect(debit).toMatchObject({ amount: "-42.50", date: "2024-03-05", valueDate: "2024-03-06", currency: "EUR", pending: false });
    expect(credit?.amount).toBe("3.00");
  });

  it.each([
    ["<Sts>BOOK</Sts>", false],
    ["<Sts>PDNG</Sts>", true],
    ["<Sts>INFO</Sts>", true],
    ["<Sts><Cd>BOOK</Cd></Sts>", false],
    ["<Sts><Cd>PDNG</Cd></Sts>", true],
    ["", false],
  ])("status %s → pending %s", (status, pending) => {
    expect(transactions(statementXml(entryXml({ status })))[0]?.pending).toBe(pending);
  });

  it("pending entries are left out of the balance check", () => {
    const body = balanceXml("OPBD", "100.00", "2024-03-01") + balanceXml("CLBD", "90.00", "2024-03-31") + entryXml({ amount: "10.00" }) + entryXml({ amount: "5.00", status: "<Sts>PDNG</Sts>" });
    expect(parse(statementXml(body)).warnings).toEqual([]);
  });

  it("uses the value day when there is no booking day, and the day as written in a DtTm", () => {
    expect(transactions(statementXml(entryXml({ booked: null, valueDate: "2024-03-09" })))[0]?.date).toBe("2024-03-09");
    const withTime = entryXml({ booked: null }).replace("<ValDt><Dt>2024-03-06</Dt></ValDt>", "<BookgDt><DtTm>2024-03-31T23:30:00-05:00</DtTm></BookgDt>");
    expect(transactions(statementXml(withTime))[0]?.date).toBe("2024-03-31");
  });

  it("splits a batch whose TxDtls add up, with one id per part derived from AcctSvcrRef", () => {
    const parts = transactions(statementXml(entryXml({ amount: "30.00", reference: "BANKREF1", details: `<Btch><NbOfTxs>2</NbOfTxs></Btch>${detail("10.00", "ALPHA")}${detail("20.00", "BETA")}` })));
    expect(parts.map((t) => [t.amount, t.externalId, t.payee, t.label])).toEqual([
      ["-10.00", "BANKREF1-1", "ALPHA", "Invoice ALPHA"],
      ["-20.00", "BANKREF1-2", "BETA", "Invoice BETA"],
    ]);
  });

  it("split parts without an entry reference take their own TxDtls reference", () => {
    const parts = transactions(statementXml(entryXml({ amount: "30.00", details: detail("10.00", "ALPHA") + detail("20.00", "BETA") })));
    expect(parts.map((t) => t.externalId)).toEqual(["E2E-ALPHA", "E2E-BETA"]);
  });

  it("keeps a batch whole, with a warning, when TxDtls amounts do not add up", () => {
    const result = parse(statementXml(entryXml({ amount: "31.00", reference: "R", details: detail("10.00", "ALPHA") + detail("20.00", "BETA") })));
    expect(result.statements[0]?.transactions.map((t) => t.amount)).toEqual(["-31.00"]);
    expect(result.warnings[0]?.element).toBe("BkToCstmrStmt/Stmt[1]/Ntry[1]");
  });

  it("keeps a batch whole when its TxDtls carry no amounts", () => {
    const noAmount = "<TxDtls><Refs><EndToEndId>A</EndToEndId></Refs></TxDtls><TxDtls><Refs><EndToEndId>B</EndToEndId></Refs></TxDtls>";
    const result = parse(statementXml(entryXml({ amount: "31.00", details: noAmount })));
    expect(result.statements[0]?.transactions).toHaveLength(1);
    expect(result.warnings).toEqual([]);
  });

  it("takes the payee from the debtor on credits and from the creditor on debits (v8 <Pty><Nm> too)", () => {
    const parties = "<TxDtls><RltdPties><Dbtr><Pty><Nm>Payer Ltd</Nm></Pty></Dbtr><Cdtr><Nm>Me</Nm></Cdtr></RltdPties></TxDtls>";
    expect(transactions(statementXml(entryXml({ indicator: "CRDT", details: parties })))[0]?.payee).toBe("Payer Ltd");
    expect(transactions(statementXml(entryXml({ indicator: "DBIT", details: parties })))[0]?.payee).toBe("Me");
  });

  it("joins several Ustrd lines and keeps AddtlNtryInf as memo", () => {
    const details = "<TxDtls><RmtInf><Ustrd>Rent</Ustrd><Ustrd>March   2024</Ustrd></RmtInf></TxDtls>";
    const [transaction] = transactions(statementXml(entryXml({ details, extra: "<AddtlNtryInf>SEPA CREDIT\n TRANSFER</AddtlNtryInf>" })));
    expect(transaction).toMatchObject({ label: "Rent March 2024", memo: "SEPA CREDIT TRANSFER" });
  });

  it("reports a foreign instructed amount as the original amount", () => {
    const details = '<TxDtls><AmtDtls><InstdAmt><Amt Ccy="USD">12.00</Amt></InstdAmt><TxAmt><Amt Ccy="EUR">11.02</Amt></TxAmt></AmtDtls></TxDtls>';
    const [transaction] = transactions(statementXml(entryXml({ amount: "11.02", details })));
    expect(transaction).toMatchObject({ amount: "-11.02", originalAmount: "-12.00", originalCurrency: "USD" });
  });

  it("has no original amount when the instructed amount is in the booked currency", () => {
    const details = '<TxDtls><AmtDtls><InstdAmt><Amt Ccy="EUR">11.02</Amt></InstdAmt></AmtDtls></TxDtls>';
    expect(transactions(statementXml(entryXml({ amount: "11.02", details })))[0]).not.toHaveProperty("originalAmount");
  });

  it("ignores NONREF / NOTPROVIDED references and makes repeated ones unique per account", () => {
    const body = entryXml({ reference: "NONREF" }) + entryXml({ reference: "SAME" }) + entryXml({ reference: "SAME" });
    expect(transactions(statementXml(body)).map((t) => t.externalId)).toEqual([null, "SAME", "SAME#2"]);
  });

  it("reads cheque numbers from Refs/ChqNb", () => {
    expect(transactions(statementXml(entryXml({ details: "<TxDtls><Refs><ChqNb>0001234</ChqNb></Refs></TxDtls>" })))[0]?.checkNumber).toBe("0001234");
  });
});

describe("camt statements", () => {
  it("reads namespace prefixes and any version (camt.053.001.10, ns2:)", () => {
    const xml = statementXml(entryXml(), { version: "camt.053.001.10" })
      .replace(/<(\/?)(?!\?)/g, "<$1ns2:")
      .replace('xmlns="', 'xmlns:ns2="');
    expect(camtAggregator.detect(bytesOf(xml))).toBeGreaterThanOrEqual(0.9);
    expect(parse(xml).statements[0]?.transactions).toHaveLength(1);
  });

  it("reads camt.052 reports with interim booked balances (earliest opens, latest closes)", () => {
    const body = balanceXml("ITBD", "80.00", "2024-03-06") + balanceXml("ITBD", "100.00", "2024-03-05") + entryXml({ amount: "20.00" });
    const [statement] = parse(statementXml(body, { version: "camt.052.001.08", message: "BkToCstmrAcctRpt", kind: "Rpt" })).statements;
    expect(statement?.openingBalance).toEqual({ amount: "100.00", date: "2024-03-05" });
    expect(statement?.closingBalance).toEqual({ amount: "80.00", date: "2024-03-06" });
  });

  it("prefers booked balances and signs debit balances", () => {
    const body = balanceXml("OPAV", "5.00", "2024-03-01") + balanceXml("PRCD", "12.00", "2024-03-01", "DBIT") + balanceXml("CLAV", "9.00", "2024-03-31") + balanceXml("CLBD", "22.00", "2024-03-31", "DBIT") + entryXml({ amount: "10.00" });
    const result = parse(statementXml(body));
    expect(result.statements[0]?.openingBalance?.amount).toBe("-12.00");
    expect(result.statements[0]?.closingBalance?.amount).toBe("-22.00");
    expect(result.warnings).toEqual([]);
  });

  it("falls back to the available closing balance with a warning", () => {
    const result = parse(statementXml(balanceXml("CLAV", "9.00", "2024-03-31")));
    expect(result.statements[0]?.closingBalance?.amount).toBe("9.00");
    expect(result.warnings.some((w) => /CLAV/.test(w.message))).toBe(true);
  });

  it("warns (never refuses) when opening + entries ≠ closing", () => {
    const body = balanceXml("OPBD", "100.00", "2024-03-01") + balanceXml("CLBD", "95.00", "2024-03-31") + entryXml({ amount: "10.00" });
    const result = parse(statementXml(body));
    expect(result.statements[0]?.transactions).toHaveLength(1);
    expect(result.warnings).toEqual([{ element: "BkToCstmrStmt/Stmt[1]", message: expect.stringMatching(/difference 5/) }]);
  });

  it("takes a non-IBAN account id from Othr/Id, the type from Tp/Cd and the currency from amounts", () => {
    const account = "<Id><Othr><Id>0012345678</Id></Othr></Id><Tp><Cd>SVGS</Cd></Tp><Svcr><FinInstnId><BIC>BANKFRPP</BIC></FinInstnId></Svcr>";
    const [statement] = parse(statementXml(entryXml({ currency: "JPY", amount: "1500" }), { account })).statements;
    expect(statement?.account).toEqual({ externalId: "0012345678", iban: null, number: "0012345678", bankId: "BANKFRPP", name: null, type: "savings", currency: "JPY" });
    expect(statement?.transactions[0]?.amount).toBe("-1500");
  });

  it("reads several concatenated documents (FinTS) and a Document wrapped in an envelope", () => {
    const one = statementXml(entryXml({ reference: "A" }));
    const two = statementXml(entryXml({ reference: "B" }), { account: "<Id><IBAN>DE89370400440532013000</IBAN></Id>" });
    const result = parse(`${one}\n${two}`);
    expect(result.statements.map((s) => [s.account.iban, s.transactions[0]?.externalId])).toEqual([
      ["FR7630006000011234567890189", "A"],
      ["DE89370400440532013000", "B"],
    ]);
    expect(parse(`<Envelope><Body>${one.replace(/^<\?xml[^>]*>/, "")}</Body></Envelope>`).statements).toHaveLength(1);
  });

  it("reads one statement per Ntfctn in camt.054", () => {
    const xml = statementXml(entryXml(), { version: "camt.054.001.02", message: "BkToCstmrDbtCdtNtfctn", kind: "Ntfctn" });
    expect(parse(xml).statements).toHaveLength(1);
  });
});

describe("camt encodings", () => {
  const latin = statementXml(entryXml({ details: "<TxDtls><RmtInf><Ustrd>Café crème</Ustrd></RmtInf></TxDtls>" }));

  it("reads UTF-16 with a BOM", () => {
    const body = latin.replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < body.length; i++) bytes[2 + i * 2] = body.charCodeAt(i);
    expect(camtAggregator.detect(bytes)).toBeGreaterThanOrEqual(0.9);
    const result = camtAggregator.parse(bytes);
    expect(result.encoding).toBe("utf-16le");
    expect(result.statements[0]?.transactions[0]?.label).toBe("Café crème");
  });

  it("reads ISO-8859-1 without an XML declaration (German FinTS exports)", () => {
    const body = latin.replace(/^<\?xml[^>]*>/, "");
    const bytes = Uint8Array.from(body, (char) => char.charCodeAt(0));
    const result = camtAggregator.parse(bytes);
    expect(result.encoding).toBe("windows-1252");
    expect(result.statements[0]?.transactions[0]?.label).toBe("Café crème");
  });

  it("tolerates blank lines before the XML declaration", () => {
    expect(parse(`\n\n  ${latin}`).statements).toHaveLength(1);
  });
});
