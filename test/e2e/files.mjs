// Bank files the journeys upload, generated so the expected figures are known exactly. Rows are dated in the
// current month (never after today), so the dashboard's default period ("this month") shows them.
import fs from "node:fs";
import path from "node:path";

const now = new Date();
const yyyy = String(now.getUTCFullYear());
const mm = String(now.getUTCMonth() + 1).padStart(2, "0");
/** The day `daysBefore` days before today, but never before the 1st of this month. */
const day = (daysBefore) => String(Math.max(1, now.getUTCDate() - daysBefore)).padStart(2, "0");
const ofxDay = (daysBefore) => `${yyyy}${mm}${day(daysBefore)}`;
const csvDay = (daysBefore) => `${day(daysBefore)}/${mm}/${yyyy}`;

/** An OFX 1.x (SGML) checking statement: 5 transactions, closing balance 1,234.56 EUR. */
export const OFX = {
  fileName: "e2e-checking.ofx",
  accountName: "Account …6789",
  rows: [
    { date: ofxDay(20), amount: "2500.00", name: "VIR SALAIRE ACME", id: "E2E1" },
    { date: ofxDay(18), amount: "-850.00", name: "PRLV LOYER", id: "E2E2" },
    { date: ofxDay(12), amount: "-64.32", name: "CARTE CARREFOUR MARKET", id: "E2E3" },
    { date: ofxDay(8), amount: "-19.99", name: "PRLV FREE MOBILE", id: "E2E4" },
    { date: ofxDay(1), amount: "-331.13", name: "CARTE DECATHLON PARIS", id: "E2E5" },
  ],
  closingBalance: "1234.56",
};

export function writeOfx(dir) {
  const transactions = OFX.rows.map((r) => `<STMTTRN><TRNTYPE>${r.amount.startsWith("-") ? "DEBIT" : "CREDIT"}<DTPOSTED>${r.date}<TRNAMT>${r.amount}<FITID>${r.id}<NAME>${r.name}</STMTTRN>`).join("\n");
  const text = `OFXHEADER:100
DATA:OFXSGML
VERSION:102
SECURITY:NONE
ENCODING:USASCII
CHARSET:1252
COMPRESSION:NONE
OLDFILEUID:NONE
NEWFILEUID:NONE

<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>${ofxDay(0)}<LANGUAGE>FRA</SONRS></SIGNONMSGSRSV1>
<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS><STMTRS><CURDEF>EUR
<BANKACCTFROM><BANKID>30004<BRANCHID>00001<ACCTID>0123456789<ACCTTYPE>CHECKING</BANKACCTFROM>
<BANKTRANLIST><DTSTART>${yyyy}${mm}01<DTEND>${ofxDay(0)}
${transactions}
</BANKTRANLIST><LEDGERBAL><BALAMT>${OFX.closingBalance}<DTASOF>${ofxDay(0)}</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
`;
  const file = path.join(dir, OFX.fileName);
  fs.writeFileSync(file, text.replace(/\n/g, "\r\n"));
  return file;
}

/** A French-style CSV (semicolons, decimal commas, dd/mm/yyyy): 4 rows into a new account. */
export const CSV = {
  fileName: "e2e-livret.csv",
  rows: [
    [csvDay(19), "VERSEMENT EPARGNE", "200,00"],
    [csvDay(15), "INTERETS", "12,34"],
    [csvDay(9), "RETRAIT VERS COMPTE", "-50,00"],
    [csvDay(2), "VERSEMENT EPARGNE", "200,00"],
  ],
};

export function writeCsv(dir) {
  const text = ["Date;Libellé;Montant", ...CSV.rows.map((r) => r.join(";"))].join("\n") + "\n";
  const file = path.join(dir, CSV.fileName);
  fs.writeFileSync(file, text);
  return file;
}
