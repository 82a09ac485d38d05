/** The French checking account (EUR): salary, rent, bills, savings, card statement, health, everyday spending. Pure. */
import { addDays } from "../../dates";
import { addMonths, dayOf, ddmm, lastDayOf, workingDay, type Month } from "../months";
import { randomFor } from "../random";
import { billedDebits, healthVisits } from "../schedule";
import type { DemoRow } from "../types";
import { cardStatementTotalMinor, cardStatementDate, CREDIT_CARD } from "./card";
import { DEBIT_CARD, everydaySpending } from "./everyday";

const MONTHS_FR = ["JANVIER", "FEVRIER", "MARS", "AVRIL", "MAI", "JUIN", "JUILLET", "AOUT", "SEPTEMBRE", "OCTOBRE", "NOVEMBRE", "DECEMBRE"];
export const SAVINGS_TRANSFER_MINOR = 20000;

function fixedRows(seed: string, m: Month): DemoRow[] {
  const r = randomFor(seed, `checking-fixed:${m.key}`);
  const monthName = MONTHS_FR[m.month - 1] ?? "";
  const salaryDate = workingDay(addDays(lastDayOf(m), -2), "back");
  const rows: DemoRow[] = [
    { date: salaryDate, amountMinor: 318452 + (m.month === 12 ? 150000 : 0) + r.int(-2500, 2500), label: `VIR SEPA RECU /DE ACME SAS /MOTIF SALAIRE ${monthName} ${m.year} /REF SAL${m.key.replace("-", "")}`, key: "salary" },
    { date: workingDay(dayOf(m, 3), "forward"), amountMinor: -115000, label: `VIR SEPA EMIS /A M. BERNARD JEAN /MOTIF LOYER ${monthName} ${m.year}`, key: "rent" },
    { date: workingDay(dayOf(m, 2), "forward"), amountMinor: -SAVINGS_TRANSFER_MINOR, label: "VIR PERMANENT /A LIVRET A MME DUPONT CLAIRE /MOTIF EPARGNE", key: "savings" },
    { date: workingDay(dayOf(m, 6), "forward"), amountMinor: -8640, label: `PRLV SEPA COMUTITRES NAVIGO ECH/${ddmm(dayOf(m, 6)).replace("/", "")} MDT/NAV0012345`, key: "navigo" },
    { date: workingDay(dayOf(m, 8), "forward"), amountMinor: -2430, label: "PRLV SEPA MAIF ASSURANCE HABITATION MDT/MAIF78901", key: "home-insurance" },
    { date: workingDay(dayOf(m, 12), "forward"), amountMinor: -4820, label: "PRLV SEPA HARMONIE MUTUELLE COTISATION MDT/HM445566", key: "mutual" },
    { date: dayOf(m, 1), amountMinor: -290, label: "FRAIS TENUE DE COMPTE", key: "fees" },
  ];
  if (m.month === 1) rows.push({ date: dayOf(m, 15), amountMinor: -13400, label: `COTISATION CARTE VISA PREMIER ${CREDIT_CARD}`, key: "card-fee" });
  if (m.month === 9) rows.push({ date: dayOf(m, 15), amountMinor: -31200, label: `PRLV SEPA DGFIP IMPOT ${m.year - 1} SOLDE MDT/DGFIP-IR`, key: "tax" });
  if (r.chance(0.12)) rows.push({ date: dayOf(m, r.int(5, 25)), amountMinor: r.pick([5000, 10000, 15000]), label: "VIR SEPA RECU /DE DUPONT MARIE /MOTIF CADEAU BISOUS", key: "gift" });
  return rows;
}

function billedRows(seed: string, m: Month): DemoRow[] {
  return billedDebits(seed, m).map((b, i) => ({ date: b.debitDate, amountMinor: -b.amountMinor, label: b.label, key: `billed${i}` }));
}

function healthRows(seed: string, m: Month): DemoRow[] {
  return healthVisits(seed, m).flatMap((v, i) => [
    { date: v.careDate, amountMinor: -v.paidMinor, label: `CARTE ${DEBIT_CARD} ${ddmm(v.careDate)} ${v.practitioner}`, key: `care${i}` },
    { date: v.cpamDate, amountMinor: v.cpamMinor, label: `VIR SEPA RECU /DE CPAM PARIS /MOTIF REMBOURSEMENT SOINS DU ${ddmm(v.careDate)}`, key: `cpam${i}` },
    { date: v.mutualDate, amountMinor: v.mutualMinor, label: `VIR SEPA RECU /DE HARMONIE MUTUELLE /MOTIF REMB SOINS ${ddmm(v.careDate)}`, key: `mutual${i}` },
  ]);
}

/** The deferred-debit card's statement of the month before, taken from the checking account at the start of this one. */
function cardStatementRow(seed: string, m: Month): DemoRow {
  const previous = addMonths(m, -1);
  const date = cardStatementDate(previous);
  return { date, amountMinor: -cardStatementTotalMinor(seed, previous), label: `PRLV CARTE VISA PREMIER ${CREDIT_CARD} RELEVE DU ${ddmm(lastDayOf(previous))}`, key: "card-statement" };
}

export function checkingMonth(seed: string, m: Month): DemoRow[] {
  return [
    ...fixedRows(seed, m), ...billedRows(seed, m), ...healthRows(seed, m), cardStatementRow(seed, m),
    ...everydaySpending(randomFor(seed, `checking-daily:${m.key}`), m),
  ];
}
