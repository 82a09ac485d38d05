/**
 * Synthetic bank exports for the import benchmark: a French-style CSV (dd/mm/yyyy, decimal comma, ";") and an
 * OFX 1.x SGML statement, with labels shaped like real ones (card payments with a date suffix, SEPA direct debits,
 * transfers, ATM withdrawals, cheques). Seeded, so every run imports the same file.
 */
import fs from "node:fs";
import { mulberry32 as prng } from "../../lib/random";

const MERCHANTS = [
  "CARREFOUR MARKET", "MONOPRIX", "LIDL", "AUCHAN", "FRANPRIX", "PICARD", "BOULANGERIE PAUL", "SNCF INTERNET", "RATP", "UBER",
  "UBER EATS", "DELIVEROO", "AMAZON EU SARL", "FNAC", "DECATHLON", "IKEA", "LEROY MERLIN", "PHARMACIE DU CENTRE", "TOTAL ENERGIES",
  "SHELL", "MCDONALDS", "STARBUCKS", "CAFE DE FLORE", "CINEMA UGC", "NETFLIX.COM", "SPOTIFY", "APPLE.COM/BILL", "GOOGLE *YOUTUBE",
  "AIR FRANCE", "BOOKING.COM", "ZARA", "H&M", "SEPHORA", "DARTY", "BRICO DEPOT", "LA POSTE", "CASTORAMA", "BIOCOOP",
];
const DEBITS = ["EDF", "ENGIE", "FREE MOBILE", "ORANGE", "SFR", "BOUYGUES TELECOM", "MAIF", "MACIF", "AXA", "URSSAF", "DGFIP IMPOT", "NAVIGO"];
const CITIES = ["PARIS", "LYON", "LILLE", "NANTES", "BORDEAUX", "MARSEILLE", "TOULOUSE", "RENNES"];

export interface SyntheticRow {
  date: string;
  label: string;
  amountMinor: bigint;
  id: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Rows in date order, about 90 a day from 2020-01-01 on. */
export function* syntheticRows(count: number, seed = 42): Generator<SyntheticRow> {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const start = Date.UTC(2020, 0, 1);
  const perDay = 90;
  for (let i = 0; i < count; i++) {
    const day = new Date(start + Math.floor(i / perDay) * 86_400_000);
    const date = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
    const dd = `${pad(day.getUTCDate())}/${pad(day.getUTCMonth() + 1)}`;
    const kind = random();
    let label: string;
    let amountMinor: bigint;
    if (kind < 0.7) {
      label = `CB ${pick(MERCHANTS)} ${dd} ${pick(CITIES)}`;
      amountMinor = -BigInt(100 + Math.floor(random() * 15_000));
    } else if (kind < 0.85) {
      label = `PRLV SEPA ${pick(DEBITS)} REF ${Math.floor(random() * 1e9)}`;
      amountMinor = -BigInt(1_000 + Math.floor(random() * 20_000));
    } else if (kind < 0.93) {
      label = `VIR SEPA ${random() < 0.5 ? "SALAIRE ACME SAS" : `REMBOURSEMENT ${pick(["CPAM", "MUTUELLE", "AMI"])}`}`;
      amountMinor = BigInt(2_000 + Math.floor(random() * 300_000));
    } else if (kind < 0.98) {
      label = `RETRAIT DAB ${dd} ${pick(CITIES)}`;
      amountMinor = -BigInt(2_000 * (1 + Math.floor(random() * 10)));
    } else {
      label = `CHEQUE ${1_000_000 + Math.floor(random() * 8_999_999)}`;
      amountMinor = -BigInt(500 + Math.floor(random() * 50_000));
    }
    yield { date, label, amountMinor, id: `FIT${seed}-${i}` };
  }
}

function decimal(minor: bigint, separator: "." | ","): string {
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(3, "0");
  return `${negative ? "-" : ""}${digits.slice(0, -2)}${separator}${digits.slice(-2)}`;
}

function csvLine(row: SyntheticRow): string {
  const [y, m, d] = row.date.split("-");
  return `${d}/${m}/${y};${row.label};${decimal(row.amountMinor, ",")}\r\n`;
}

const CSV_HEADER = "Date;Libellé;Montant\r\n";

export function syntheticCsv(count: number, seed = 42): Uint8Array {
  const lines: string[] = [CSV_HEADER];
  for (const row of syntheticRows(count, seed)) lines.push(csvLine(row));
  return new TextEncoder().encode(lines.join(""));
}

/** Streams a large CSV to disk without holding its text in memory. */
export function writeSyntheticCsv(filePath: string, count: number, seed = 42): void {
  const fd = fs.openSync(filePath, "w");
  try {
    fs.writeSync(fd, CSV_HEADER);
    let buffer: string[] = [];
    for (const row of syntheticRows(count, seed)) {
      buffer.push(csvLine(row));
      if (buffer.length === 10_000) {
        fs.writeSync(fd, buffer.join(""));
        buffer = [];
      }
    }
    fs.writeSync(fd, buffer.join(""));
  } finally {
    fs.closeSync(fd);
  }
}

export function syntheticOfx(count: number, seed = 7): Uint8Array {
  const rows = [...syntheticRows(count, seed)];
  const compact = (date: string) => date.replace(/-/g, "");
  const parts: string[] = [
    "OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:102\r\nSECURITY:NONE\r\nENCODING:USASCII\r\nCHARSET:1252\r\nCOMPRESSION:NONE\r\nOLDFILEUID:NONE\r\nNEWFILEUID:NONE\r\n\r\n",
    "<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>20240101<LANGUAGE>FRA</SONRS></SIGNONMSGSRSV1>",
    "<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS><STMTRS><CURDEF>EUR",
    "<BANKACCTFROM><BANKID>30004<BRANCHID>00001<ACCTID>00012345678<ACCTTYPE>CHECKING</BANKACCTFROM>",
    `<BANKTRANLIST><DTSTART>${compact(rows[0]?.date ?? "2020-01-01")}<DTEND>${compact(rows.at(-1)?.date ?? "2020-01-01")}\r\n`,
  ];
  let balance = 0n;
  for (const row of rows) {
    balance += row.amountMinor;
    parts.push(`<STMTTRN><TRNTYPE>${row.amountMinor < 0n ? "DEBIT" : "CREDIT"}<DTPOSTED>${compact(row.date)}<TRNAMT>${decimal(row.amountMinor, ".")}<FITID>${row.id}<NAME>${row.label.replace(/&/g, "&amp;").slice(0, 32)}<MEMO>${row.label.replace(/&/g, "&amp;")}</STMTTRN>\r\n`);
  }
  parts.push(`</BANKTRANLIST><LEDGERBAL><BALAMT>${decimal(balance, ".")}<DTASOF>${compact(rows.at(-1)?.date ?? "2020-01-01")}</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\r\n`);
  return new TextEncoder().encode(parts.join(""));
}
