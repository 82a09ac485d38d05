/**
 * The facts of a month that several parts of the demo share: the billed direct debits (bank line AND invoice)
 * and the doctor's visits (card payment, reimbursements AND the health insurer's statement). Pure and keyed by
 * (seed, month), so the bank rows and the bills always agree.
 */
import { addDays } from "../dates";
import { dayOf, ddmmyy, workingDay, type Month } from "./months";
import { randomFor } from "./random";
import type { BilledDebit, HealthVisit } from "./types";

/** EDF monthly instalments follow the season (heating in winter), in cents. */
const ENERGY_BY_MONTH = [11840, 11840, 9620, 7450, 6280, 5490, 5490, 5490, 6280, 7450, 9620, 11840];

export function billedDebits(seed: string, m: Month): BilledDebit[] {
  const r = randomFor(seed, `billed:${m.key}`);
  const energyDate = workingDay(dayOf(m, 10), "forward");
  const phoneDate = workingDay(dayOf(m, 5), "forward");
  const boxDate = workingDay(dayOf(m, 18), "forward");
  const n = (prefix: string) => `${prefix}${m.key.replace("-", "")}${String(r.int(1000, 9999))}`;
  const energyMinor = (ENERGY_BY_MONTH[m.month - 1] ?? 7450) + r.int(-300, 300);
  return [
    {
      vendor: "EDF", invoiceNumber: n("10"), issueDate: addDays(energyDate, -6), debitDate: energyDate, amountMinor: energyMinor,
      label: `PRLV SEPA EDF CLIENTS PARTICULIERS ECH/${ddmmyy(energyDate)} ID EMETTEUR/FR41ZZZ000010 MDT/6003012345`,
      description: "Électricité - mensualité (offre Tarif Bleu, 9 kVA)",
    },
    {
      vendor: "Free Mobile", invoiceNumber: n("FM"), issueDate: addDays(phoneDate, -3), debitDate: phoneDate, amountMinor: 1999,
      label: `PRLV SEPA FREE MOBILE ECH/${ddmmyy(phoneDate)} MDT/FM-0612345678`,
      description: "Forfait Free 5G 150 Go",
    },
    {
      vendor: "Free", invoiceNumber: n("FH"), issueDate: addDays(boxDate, -4), debitDate: boxDate, amountMinor: 3999,
      label: `PRLV SEPA FREE TELECOM ECH/${ddmmyy(boxDate)} MDT/FH-1234567`,
      description: "Abonnement Freebox Pop (fibre)",
    },
  ];
}

const PRACTITIONERS = ["DR MARTIN SOPHIE", "DR LEROY PAUL", "CABINET DENTAIRE DUVAL", "DR NGUYEN ANH"];

/** Zero to two doctor's visits a month: 30.00 paid, 70 % minus the 2.00 flat fee from the CPAM, the rest from the mutual. */
export function healthVisits(seed: string, m: Month): HealthVisit[] {
  const r = randomFor(seed, `health:${m.key}`);
  const count = r.chance(0.55) ? (r.chance(0.25) ? 2 : 1) : 0;
  const visits: HealthVisit[] = [];
  for (let i = 0; i < count; i++) {
    const practitioner = r.pick(PRACTITIONERS);
    const isDentist = practitioner.startsWith("CABINET");
    const paidMinor = isDentist ? r.pick([4600, 6000, 9000]) : 3000;
    const cpamMinor = Math.round(paidMinor * 0.7) - 200;
    const careDate = workingDay(dayOf(m, r.int(2, 22) + i * 3), "forward");
    visits.push({
      careDate, paidMinor, practitioner,
      cpamDate: workingDay(addDays(careDate, r.int(4, 7)), "forward"), cpamMinor,
      mutualDate: workingDay(addDays(careDate, r.int(9, 12)), "forward"), mutualMinor: paidMinor - cpamMinor,
    });
  }
  return visits;
}
