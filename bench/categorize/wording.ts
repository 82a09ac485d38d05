/**
 * How different banks print the same operation (FR: BNP-, SG-, CA-, LCL-, Crédit Mutuel-, Boursorama-,
 * La Banque Postale-like; UK/US: Barclays-, Lloyds-, HSBC-, Monzo-, US-debit-card-like). Written for the
 * benchmark from the shapes of public statement examples; dates, card numbers, cities and references vary.
 */
import type { Wording } from "./merchants";

export type Random = () => number;

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const digits = (random: Random, n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join("");
const two = (n: number) => String(n).padStart(2, "0");
const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

const FR_CITIES = ["PARIS", "PARIS 15", "LYON", "MARSEILLE", "NANTES", "LILLE", "BORDEAUX", "TOULOUSE", "RENNES", "MONTREUIL", "BOULOGNE BILL", "VINCENNES", "ST DENIS", "ANNECY"];
const EN_CITIES = ["LONDON", "MANCHESTER", "BRISTOL", "LEEDS", "GLASGOW", "EDINBURGH", "BIRMINGHAM", "CAMBRIDGE", "OXFORD", "BRIGHTON"];
const US_PLACES = ["SEATTLE WA", "NEW YORK NY", "AUSTIN TX", "CHICAGO IL", "BOSTON MA"];

export interface Day {
  year: number;
  month: number;
  day: number;
}

export function frenchLabel(random: Random, wording: Wording | "withdrawal" | "check" | "fee", name: string, d: Day, amount: string): string {
  const dd = two(d.day), mm = two(d.month), yy = String(d.year).slice(2);
  const card4 = digits(random, 4);
  const masked = `${digits(random, 4)}XXXXXXXX${card4}`;
  const city = pick(random, FR_CITIES);
  switch (wording) {
    case "card":
      return pick(random, [
        `FACTURE CARTE DU ${dd}${mm}${yy} ${name} ${city} CARTE ${masked}`,
        `CARTE X${card4} ${dd}/${mm} ${name}`,
        `PAIEMENT PAR CARTE ${name} ${city} ${dd}/${mm}`,
        `CB ${name} ${dd}/${mm}/${yy}`,
        `PAIEMENT CB ${dd}${mm} ${city} ${name} CARTE ${digits(random, 8)}`,
        `CARTE ${dd}/${mm}/${yy} ${name} CB*${card4}`,
        `ACHAT CB ${name} ${dd}.${mm}.${yy} ${amount.replace("-", "").replace(".", ",")} EUR CARTE NO ${card4}`,
        `CB ${name} FACT ${dd}${mm}${yy}`,
      ]);
    case "debit":
      return pick(random, [
        `PRLV SEPA ${name} ECH/${dd}${mm}${yy} ID EMETTEUR/FR${digits(random, 2)}ZZZ${digits(random, 6)} MDT/${digits(random, 10)} REF/${digits(random, 8)}`,
        `PRELEVEMENT EUROPEEN ${digits(random, 10)} DE: ${name} ID: FR${digits(random, 2)}ZZZ${digits(random, 6)} MOTIF: ${digits(random, 12)}`,
        `PRLV ${name} - ${digits(random, 9)}`,
        `PRLV SEPA ${name} : ${digits(random, 6)}/${mm}${yy}`,
        `PRELEVEMENT ${name} REF ${digits(random, 10)}`,
      ]);
    case "credit":
      return pick(random, [
        `VIR SEPA RECU /DE ${name} /MOTIF ${pick(random, ["", "VIREMENT ", "REF "])}${mm}${d.year} /REF ${digits(random, 12)}`,
        `VIREMENT RECU DE ${name}`,
        `VIR INST RE ${digits(random, 6)} DE: ${name} MOTIF: ${digits(random, 8)}`,
        `VIR ${name}`,
        `VIR SEPA ${name} ${mm}/${d.year}`,
      ]);
    case "transferOut":
      return pick(random, [
        `VIR SEPA EMIS /A ${name} /MOTIF ${pick(random, ["", "VIR ", "MOIS "])}${mm}${yy}`,
        `VIREMENT EMIS WEB ${name}`,
        `VIR PERM ${name}`,
        `VIR ${name} ${dd}${mm}`,
      ]);
    case "withdrawal":
      return pick(random, [
        `RETRAIT DAB ${dd}/${mm} ${city} CARTE ${masked}`,
        `RETRAIT DAB ${pick(random, ["SG", "BNP", "CIC", "LCL"])} ${dd}/${mm}/${yy} ${two(Math.floor(random() * 24))}H${two(Math.floor(random() * 60))} ${city}`,
        `RET DAB ${dd}${mm} ${city}`,
        `RETRAIT ${city} ${dd}/${mm} CB*${card4}`,
      ]);
    case "check":
      return pick(random, [`CHQ ${digits(random, 7)}`, `CHEQUE N ${digits(random, 7)}`, `CHEQUE ${digits(random, 7)}`]);
    case "fee":
      return pick(random, ["FRAIS COTISATION CARTE VISA", `COMMISSION INTERVENTION ${dd}/${mm}`, "COTISATION OFFRE ESSENTIEL", "FRAIS TENUE DE COMPTE", `FRAIS PAIEMENT HORS ZONE EURO ${dd}/${mm}`]);
  }
}

export function englishLabel(random: Random, wording: Wording | "withdrawal" | "check" | "fee", name: string, d: Day, _amount: string): string {
  const dd = two(d.day), mon = MONTHS[d.month - 1]!;
  const city = pick(random, EN_CITIES);
  switch (wording) {
    case "card":
      return pick(random, [
        `CARD PAYMENT TO ${name} ON ${dd} ${mon}`,
        `${name} ${digits(random, 4)} ${city} GB`,
        `POS ${digits(random, 4)} ${name}`,
        `CONTACTLESS ${name} ${city} GBR`,
        `${name} CD ${digits(random, 4)}`,
        `POS DEBIT ${name} #${digits(random, 3)} ${pick(random, US_PLACES)}`,
        `DEBIT CARD PURCHASE XXXX${digits(random, 4)} ${name} ${pick(random, US_PLACES)}`,
        `${name} ${city}`,
      ]);
    case "debit":
      return pick(random, [`DIRECT DEBIT ${name} ${digits(random, 8)}`, `DD ${name} ${digits(random, 10)}`, `${name} DDR`, `ACH DEBIT ${name} ${digits(random, 6)}`]);
    case "credit":
      return pick(random, [`BGC ${name} ${digits(random, 6)}`, `FASTER PAYMENT RECEIVED ${name} REF ${digits(random, 8)}`, `BANK CREDIT ${name}`, `DIRECT DEP ${name}`]);
    case "transferOut":
      return pick(random, [`STANDING ORDER ${name}`, `FASTER PAYMENT TO ${name} REF ${mon}`, `TRANSFER TO ${name}`, `BILL PAYMENT ${name} ${digits(random, 6)}`]);
    case "withdrawal":
      return pick(random, [`CASH WITHDRAWAL ${pick(random, ["LLOYDS BANK", "BARCLAYS", "HSBC", "NATWEST"])} ${dd}${mon}`, `ATM ${pick(random, ["LINK", "CARDTRONICS"])} ${city}`, `CASH ${pick(random, ["HSBC", "SANTANDER"])} ${dd}${mon} ${city}`]);
    case "check":
      return pick(random, [`CHQ ${digits(random, 6)}`, `CHEQUE ${digits(random, 6)}`, `CHECK ${digits(random, 4)}`]);
    case "fee":
      return pick(random, ["MONTHLY ACCOUNT FEE", "OVERDRAFT INTEREST", "NON-STERLING TRANSACTION FEE", "UNARRANGED OVERDRAFT FEE"]);
  }
}
