/**
 * CAMT documents we have no fixture for, written the way banks' exports are (indented, namespaced, with group
 * headers, servicer BICs, bank transaction codes, related parties and remittance lines): camt.053 in versions
 * .001.02/.04/.08/.13, camt.052 intraday reports, camt.054 notifications, several accounts, reversals, batches.
 */
import { describe, expect, it } from "vitest";
import { encode, only, parseBoth } from "./helpers";

const doc = (namespace: string, body: string, prolog = '<?xml version="1.0" encoding="UTF-8"?>') =>
  `${prolog}\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:${namespace}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n${body}\n</Document>\n`;

const groupHeader = `  <GrpHdr>
    <MsgId>053D2026-11-25T05:12:44.0N260000001</MsgId>
    <CreDtTm>2026-11-25T05:12:44.0+01:00</CreDtTm>
    <MsgPgntn><PgNb>1</PgNb><LastPgInd>true</LastPgInd></MsgPgntn>
  </GrpHdr>`;

const balance = (code: string, amount: string, date: string, indicator = "CRDT", currency = "EUR") => `    <Bal>
      <Tp><CdOrPrtry><Cd>${code}</Cd></CdOrPrtry></Tp>
      <Amt Ccy="${currency}">${amount}</Amt>
      <CdtDbtInd>${indicator}</CdtDbtInd>
      <Dt><Dt>${date}</Dt></Dt>
    </Bal>`;

describe("unseen CAMT documents", () => {
  it("camt.053.001.02 from a German savings bank: IBAN, BIC, OPBD/CLBD, SEPA debit and credit with parties and remittance lines", async () => {
    const json = await parseBoth(encode(doc("camt.053.001.02", `<BkToCstmrStmt>
${groupHeader}
  <Stmt>
    <Id>2026-11-24-00001</Id>
    <ElctrncSeqNb>221</ElctrncSeqNb>
    <CreDtTm>2026-11-25T05:12:44.0+01:00</CreDtTm>
    <Acct>
      <Id><IBAN>DE70500105171234567890</IBAN></Id>
      <Ccy>EUR</Ccy>
      <Ownr><Nm>Max Mustermann</Nm></Ownr>
      <Svcr><FinInstnId><BIC>HELADEF1822</BIC></FinInstnId></Svcr>
    </Acct>
${balance("PRCD", "1234.56", "2026-11-23")}
${balance("CLBD", "3711.11", "2026-11-24")}
    <Ntry>
      <Amt Ccy="EUR">23.45</Amt>
      <CdtDbtInd>DBIT</CdtDbtInd>
      <Sts>BOOK</Sts>
      <BookgDt><Dt>2026-11-24</Dt></BookgDt>
      <ValDt><Dt>2026-11-24</Dt></ValDt>
      <AcctSvcrRef>2026112400123</AcctSvcrRef>
      <BkTxCd><Prtry><Cd>NDDT+105+9248+992</Cd><Issr>ZKA</Issr></Prtry></BkTxCd>
      <NtryDtls>
        <TxDtls>
          <Refs><EndToEndId>302-1234567-1234567</EndToEndId><MndtId>M-12345</MndtId></Refs>
          <AmtDtls><TxAmt><Amt Ccy="EUR">23.45</Amt></TxAmt></AmtDtls>
          <RltdPties>
            <Dbtr><Nm>Max Mustermann</Nm></Dbtr>
            <DbtrAcct><Id><IBAN>DE70500105171234567890</IBAN></Id></DbtrAcct>
            <Cdtr><Nm>AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND</Nm></Cdtr>
            <CdtrAcct><Id><IBAN>LU07280019400644750000</IBAN></Id></CdtrAcct>
          </RltdPties>
          <RmtInf><Ustrd>302-1234567-1234567 Amazon.de</Ustrd><Ustrd>1234567890123456</Ustrd></RmtInf>
        </TxDtls>
      </NtryDtls>
      <AddtlNtryInf>FOLGELASTSCHRIFT</AddtlNtryInf>
    </Ntry>
    <Ntry>
      <Amt Ccy="EUR">2500.00</Amt>
      <CdtDbtInd>CRDT</CdtDbtInd>
      <Sts>BOOK</Sts>
      <BookgDt><Dt>2026-11-24</Dt></BookgDt>
      <ValDt><Dt>2026-11-24</Dt></ValDt>
      <AcctSvcrRef>2026112400124</AcctSvcrRef>
      <BkTxCd><Prtry><Cd>NTRF+166+9310+997</Cd><Issr>ZKA</Issr></Prtry></BkTxCd>
      <NtryDtls>
        <TxDtls>
          <Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
          <RltdPties>
            <Dbtr><Nm>ACME GmbH</Nm></Dbtr>
            <Cdtr><Nm>Max Mustermann</Nm></Cdtr>
          </RltdPties>
          <RmtInf><Ustrd>Gehalt November 2026</Ustrd></RmtInf>
        </TxDtls>
      </NtryDtls>
      <AddtlNtryInf>GUTSCHR. UEBERWEISUNG</AddtlNtryInf>
    </Ntry>
  </Stmt>
</BkToCstmrStmt>`)));
    const statement = only(json);
    expect(json.format).toBe("camt");
    expect(statement.account).toMatchObject({ iban: "DE70500105171234567890", bankId: "HELADEF1822", currency: "EUR", type: "checking" });
    expect(statement.openingBalance).toEqual({ amount: "1234.56", date: "2026-11-23" });
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
    expect(statement.transactions.map((t) => [t.externalId, t.date, t.amount, t.currency, t.payee])).toEqual([
      ["2026112400123", "2026-11-24", "-23.45", "EUR", "AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND"],
      ["2026112400124", "2026-11-24", "2500.00", "EUR", "ACME GmbH"],
    ]);
    expect(statement.transactions[0]!.label).toBe("302-1234567-1234567 Amazon.de 1234567890123456");
    expect(statement.transactions[1]!.label).toBe("Gehalt November 2026");
  });

  it("camt.053.001.04 (Swiss bank): entries without TxDtls take the bank's text, a negative closing balance (DBIT)", async () => {
    const json = await parseBoth(doc("camt.053.001.04", `<BkToCstmrStmt>
${groupHeader}
  <Stmt>
    <Id>STMT-20261124</Id>
    <CreDtTm>2026-11-25T06:00:00</CreDtTm>
    <FrToDt><FrDtTm>2026-11-01T00:00:00</FrDtTm><ToDtTm>2026-11-24T23:59:59</ToDtTm></FrToDt>
    <Acct>
      <Id><IBAN>CH740900000012345678</IBAN></Id>
      <Ccy>CHF</Ccy>
      <Svcr><FinInstnId><BICFI>POFICHBEXXX</BICFI></FinInstnId></Svcr>
    </Acct>
${balance("OPBD", "76.55", "2026-11-01", "CRDT", "CHF")}
${balance("CLBD", "46.90", "2026-11-24", "DBIT", "CHF")}
    <Ntry>
      <Amt Ccy="CHF">23.45</Amt>
      <CdtDbtInd>DBIT</CdtDbtInd>
      <Sts>BOOK</Sts>
      <BookgDt><Dt>2026-11-20</Dt></BookgDt>
      <ValDt><Dt>2026-11-20</Dt></ValDt>
      <AcctSvcrRef>9930328TI1234567</AcctSvcrRef>
      <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>CCRD</Cd><SubFmlyCd>POSD</SubFmlyCd></Fmly></Domn></BkTxCd>
      <AddtlNtryInf>KAUF/DIENSTLEISTUNG VOM 19.11.2026 KARTEN NR. XXXX1234 MIGROS BASEL</AddtlNtryInf>
    </Ntry>
    <Ntry>
      <Amt Ccy="CHF">100.00</Amt>
      <CdtDbtInd>DBIT</CdtDbtInd>
      <Sts>BOOK</Sts>
      <BookgDt><Dt>2026-11-24</Dt></BookgDt>
      <ValDt><Dt>2026-11-24</Dt></ValDt>
      <AcctSvcrRef>9930328TI1234568</AcctSvcrRef>
      <AddtlNtryInf>E-FINANCE KRANKENKASSE</AddtlNtryInf>
    </Ntry>
  </Stmt>
</BkToCstmrStmt>`));
    const statement = only(json);
    expect(statement.account).toMatchObject({ iban: "CH740900000012345678", bankId: "POFICHBEXXX", currency: "CHF" });
    expect(statement.openingBalance).toEqual({ amount: "76.55", date: "2026-11-01" });
    expect(statement.closingBalance).toEqual({ amount: "-46.90", date: "2026-11-24" });
    expect(statement.transactions.map((t) => [t.date, t.amount, t.label])).toEqual([
      ["2026-11-20", "-23.45", "KAUF/DIENSTLEISTUNG VOM 19.11.2026 KARTEN NR. XXXX1234 MIGROS BASEL"],
      ["2026-11-24", "-100.00", "E-FINANCE KRANKENKASSE"],
    ]);
  });

  it("camt.053.001.08: timestamps in BookgDt, Sts/Cd, a reversed direct debit (RvslInd) comes back as a credit", async () => {
    const json = await parseBoth(doc("camt.053.001.08", `<BkToCstmrStmt>
${groupHeader}
  <Stmt>
    <Id>1</Id>
    <Acct><Id><IBAN>FR1420041010050500013M02606</IBAN></Id><Ccy>EUR</Ccy></Acct>
${balance("OPBD", "1000.00", "2026-11-01")}
${balance("CLBD", "1000.00", "2026-11-24")}
    <Ntry>
      <NtryRef>1</NtryRef>
      <Amt Ccy="EUR">65.00</Amt>
      <CdtDbtInd>DBIT</CdtDbtInd>
      <Sts><Cd>BOOK</Cd></Sts>
      <BookgDt><DtTm>2026-11-05T08:15:00+01:00</DtTm></BookgDt>
      <ValDt><Dt>2026-11-05</Dt></ValDt>
      <AcctSvcrRef>REF-0001</AcctSvcrRef>
      <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RDDT</Cd><SubFmlyCd>ESDD</SubFmlyCd></Fmly></Domn></BkTxCd>
      <NtryDtls><TxDtls>
        <RltdPties><Cdtr><Pty><Nm>EDF</Nm></Pty></Cdtr></RltdPties>
        <RmtInf><Ustrd>ECHEANCE NOVEMBRE</Ustrd></RmtInf>
      </TxDtls></NtryDtls>
    </Ntry>
    <Ntry>
      <NtryRef>2</NtryRef>
      <Amt Ccy="EUR">65.00</Amt>
      <CdtDbtInd>CRDT</CdtDbtInd>
      <RvslInd>true</RvslInd>
      <Sts><Cd>BOOK</Cd></Sts>
      <BookgDt><DtTm>2026-11-07T09:00:00+01:00</DtTm></BookgDt>
      <ValDt><Dt>2026-11-05</Dt></ValDt>
      <AcctSvcrRef>REF-0002</AcctSvcrRef>
      <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RDDT</Cd><SubFmlyCd>UPDD</SubFmlyCd></Fmly></Domn></BkTxCd>
      <NtryDtls><TxDtls>
        <RltdPties><Cdtr><Pty><Nm>EDF</Nm></Pty></Cdtr></RltdPties>
        <RtrInf><Rsn><Cd>MD06</Cd></Rsn></RtrInf>
        <RmtInf><Ustrd>RETOUR ECHEANCE NOVEMBRE</Ustrd></RmtInf>
      </TxDtls></NtryDtls>
    </Ntry>
  </Stmt>
</BkToCstmrStmt>`));
    const statement = only(json);
    // The indicator already tells the reversal's direction (ISO 20022: RvslInd + CRDT = an original debit undone).
    expect(statement.transactions.map((t) => [t.externalId, t.date, t.valueDate, t.amount, t.label])).toEqual([
      ["REF-0001", "2026-11-05", "2026-11-05", "-65.00", "ECHEANCE NOVEMBRE"],
      ["REF-0002", "2026-11-07", "2026-11-05", "65.00", "RETOUR ECHEANCE NOVEMBRE"],
    ]);
    expect(statement.account.iban).toBe("FR1420041010050500013M02606");
  });

  it("camt.053.001.13: a collective debit split into its TxDtls, each with its own amount and creditor", async () => {
    const json = await parseBoth(doc("camt.053.001.13", `<BkToCstmrStmt>
${groupHeader}
  <Stmt>
    <Id>2026-11-24</Id>
    <Acct><Id><IBAN>NL44RABO0123456789</IBAN></Id><Ccy>EUR</Ccy><Svcr><FinInstnId><BICFI>RABONL2U</BICFI></FinInstnId></Svcr></Acct>
${balance("OPBD", "3000.00", "2026-11-23")}
${balance("CLBD", "2700.00", "2026-11-24")}
    <Ntry>
      <Amt Ccy="EUR">300.00</Amt>
      <CdtDbtInd>DBIT</CdtDbtInd>
      <Sts><Cd>BOOK</Cd></Sts>
      <BookgDt><Dt>2026-11-24</Dt></BookgDt>
      <ValDt><Dt>2026-11-24</Dt></ValDt>
      <AcctSvcrRef>BATCH-77</AcctSvcrRef>
      <NtryDtls>
        <Btch><PmtInfId>PMTINF-77</PmtInfId><NbOfTxs>2</NbOfTxs></Btch>
        <TxDtls>
          <Refs><EndToEndId>E2E-1</EndToEndId></Refs>
          <Amt Ccy="EUR">120.00</Amt>
          <CdtDbtInd>DBIT</CdtDbtInd>
          <RltdPties><Cdtr><Pty><Nm>Gemeente Utrecht</Nm></Pty></Cdtr></RltdPties>
          <RmtInf><Ustrd>Afvalstoffenheffing 2026</Ustrd></RmtInf>
        </TxDtls>
        <TxDtls>
          <Refs><EndToEndId>E2E-2</EndToEndId></Refs>
          <Amt Ccy="EUR">180.00</Amt>
          <CdtDbtInd>DBIT</CdtDbtInd>
          <RltdPties><Cdtr><Pty><Nm>Waterschap</Nm></Pty></Cdtr></RltdPties>
          <RmtInf><Ustrd>Watersysteemheffing 2026</Ustrd></RmtInf>
        </TxDtls>
      </NtryDtls>
    </Ntry>
  </Stmt>
</BkToCstmrStmt>`));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.amount, t.payee, t.label])).toEqual([
      ["-120.00", "Gemeente Utrecht", "Afvalstoffenheffing 2026"],
      ["-180.00", "Waterschap", "Watersysteemheffing 2026"],
    ]);
    expect(new Set(statement.transactions.map((t) => t.externalId)).size).toBe(2);
    expect(statement.account.bankId).toBe("RABONL2U");
  });

  it("camt.052 intraday report (Rpt): interim balances, a pending entry (PDNG)", async () => {
    const json = await parseBoth(doc("camt.052.001.08", `<BkToCstmrAcctRpt>
${groupHeader}
  <Rpt>
    <Id>RPT-1</Id>
    <Acct><Id><IBAN>DE45120300001234567890</IBAN></Id><Ccy>EUR</Ccy></Acct>
${balance("ITBD", "1234.56", "2026-11-24")}
${balance("ITBD", "1211.11", "2026-11-25")}
    <Ntry>
      <Amt Ccy="EUR">23.45</Amt>
      <CdtDbtInd>DBIT</CdtDbtInd>
      <Sts><Cd>BOOK</Cd></Sts>
      <BookgDt><Dt>2026-11-25</Dt></BookgDt>
      <ValDt><Dt>2026-11-25</Dt></ValDt>
      <AcctSvcrRef>R-1</AcctSvcrRef>
      <AddtlNtryInf>KARTENZAHLUNG REWE</AddtlNtryInf>
    </Ntry>
    <Ntry>
      <Amt Ccy="EUR">9.99</Amt>
      <CdtDbtInd>DBIT</CdtDbtInd>
      <Sts><Cd>PDNG</Cd></Sts>
      <ValDt><Dt>2026-11-26</Dt></ValDt>
      <AddtlNtryInf>SPOTIFY</AddtlNtryInf>
    </Ntry>
  </Rpt>
</BkToCstmrAcctRpt>`));
    const statement = only(json);
    expect(statement.openingBalance).toEqual({ amount: "1234.56", date: "2026-11-24" });
    expect(statement.closingBalance).toEqual({ amount: "1211.11", date: "2026-11-25" });
    expect(statement.transactions.map((t) => [t.date, t.amount, t.pending])).toEqual([["2026-11-25", "-23.45", false], ["2026-11-26", "-9.99", true]]);
  });

  it("camt.054 notification (Ntfctn): one credit, no balances", async () => {
    const json = await parseBoth(doc("camt.054.001.02", `<BkToCstmrDbtCdtNtfctn>
${groupHeader}
  <Ntfctn>
    <Id>NTF-1</Id>
    <Acct><Id><IBAN>BE68539007547034</IBAN></Id></Acct>
    <Ntry>
      <Amt Ccy="EUR">2500.00</Amt>
      <CdtDbtInd>CRDT</CdtDbtInd>
      <Sts>BOOK</Sts>
      <BookgDt><Dt>2026-11-20</Dt></BookgDt>
      <ValDt><Dt>2026-11-20</Dt></ValDt>
      <AcctSvcrRef>NTF-REF-1</AcctSvcrRef>
      <NtryDtls><TxDtls>
        <RltdPties><Dbtr><Nm>ACME NV</Nm></Dbtr></RltdPties>
        <RmtInf><Strd><CdtrRefInf><Ref>+++123/4567/89012+++</Ref></CdtrRefInf></Strd></RmtInf>
      </TxDtls></NtryDtls>
    </Ntry>
  </Ntfctn>
</BkToCstmrDbtCdtNtfctn>`));
    const statement = only(json);
    expect(statement.openingBalance).toBeNull();
    expect(statement.closingBalance).toBeNull();
    expect(statement.account.currency).toBe("EUR");
    expect(statement.transactions.map((t) => [t.amount, t.payee, t.label])).toEqual([["2500.00", "ACME NV", "+++123/4567/89012+++"]]);
  });

  it("two accounts in one file, a prefixed namespace (ns2:), a card spend in USD and windows-1252 text", async () => {
    const body = `<ns2:Document xmlns:ns2="urn:iso:std:iso:20022:tech:xsd:camt.053.001.04">
<ns2:BkToCstmrStmt>
  <ns2:GrpHdr><ns2:MsgId>M-2</ns2:MsgId><ns2:CreDtTm>2026-11-25T06:00:00</ns2:CreDtTm></ns2:GrpHdr>
  <ns2:Stmt>
    <ns2:Id>A</ns2:Id>
    <ns2:Acct><ns2:Id><ns2:IBAN>ES9121000418450200051332</ns2:IBAN></ns2:Id><ns2:Ccy>EUR</ns2:Ccy></ns2:Acct>
    <ns2:Ntry>
      <ns2:Amt Ccy="EUR">21.70</ns2:Amt>
      <ns2:CdtDbtInd>DBIT</ns2:CdtDbtInd>
      <ns2:Sts>BOOK</ns2:Sts>
      <ns2:BookgDt><ns2:Dt>2026-11-22</ns2:Dt></ns2:BookgDt>
      <ns2:ValDt><ns2:Dt>2026-11-21</ns2:Dt></ns2:ValDt>
      <ns2:NtryDtls><ns2:TxDtls>
        <ns2:AmtDtls><ns2:InstdAmt><ns2:Amt Ccy="USD">23.45</ns2:Amt></ns2:InstdAmt><ns2:TxAmt><ns2:Amt Ccy="EUR">21.70</ns2:Amt></ns2:TxAmt></ns2:AmtDtls>
        <ns2:RmtInf><ns2:Ustrd>COMPRA AMAZON.COM SEATTLE - Cafetería</ns2:Ustrd></ns2:RmtInf>
      </ns2:TxDtls></ns2:NtryDtls>
    </ns2:Ntry>
  </ns2:Stmt>
  <ns2:Stmt>
    <ns2:Id>B</ns2:Id>
    <ns2:Acct><ns2:Id><ns2:Othr><ns2:Id>0049-1500-04-0123456789</ns2:Id></ns2:Othr></ns2:Id><ns2:Ccy>USD</ns2:Ccy></ns2:Acct>
    <ns2:Ntry>
      <ns2:Amt Ccy="USD">500.00</ns2:Amt>
      <ns2:CdtDbtInd>CRDT</ns2:CdtDbtInd>
      <ns2:Sts>BOOK</ns2:Sts>
      <ns2:BookgDt><ns2:Dt>2026-11-20</ns2:Dt></ns2:BookgDt>
      <ns2:AddtlNtryInf>TRANSFERENCIA RECIBIDA</ns2:AddtlNtryInf>
    </ns2:Ntry>
  </ns2:Stmt>
</ns2:BkToCstmrStmt>
</ns2:Document>`;
    const json = await parseBoth(encode(`<?xml version="1.0" encoding="ISO-8859-1"?>\n${body}\n`, "iso-8859-1"));
    expect(json.statements).toHaveLength(2);
    const [euros, dollars] = json.statements;
    expect(euros!.account).toMatchObject({ iban: "ES9121000418450200051332", currency: "EUR" });
    expect(euros!.transactions.map((t) => [t.date, t.valueDate, t.amount, t.currency, t.label])).toEqual([
      ["2026-11-22", "2026-11-21", "-21.70", "EUR", "COMPRA AMAZON.COM SEATTLE - Cafetería"],
    ]);
    expect(dollars!.account).toMatchObject({ iban: null, number: "0049-1500-04-0123456789", externalId: "0049-1500-04-0123456789", currency: "USD" });
    expect(dollars!.transactions.map((t) => [t.amount, t.currency, t.label])).toEqual([["500.00", "USD", "TRANSFERENCIA RECIBIDA"]]);
  });
});
