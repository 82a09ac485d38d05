/**
 * The demo household's bills, each with its PDF: the last twelve months of energy, mobile and internet invoices
 * (paid by the direct debits of the checking account) and the health insurers' statements of each doctor's visit
 * (Ameli's and the mutual's reimbursement of the card payment). Built from the same schedule as the bank rows,
 * so matching finds every payment. Pure.
 */
import { fromMinor } from "../money";
import { demoMonths, type Month } from "./months";
import { billedDebits, healthVisits } from "./schedule";
import { invoicePdf } from "./invoice-pdf";
import type { BilledDebit, HealthVisit } from "./types";

export const BILL_MONTHS = 12;

export interface DemoBill {
  bill: Record<string, unknown>;
  fileName: string;
  pdf: Uint8Array;
}

const CUSTOMER = ["Mme Claire Dupont", "12 rue Oberkampf", "75011 Paris"];
const eur = (minor: number) => fromMinor(BigInt(minor), "EUR");

const VENDOR_ADDRESSES: Record<string, string[]> = {
  EDF: ["EDF SA - 22-30 avenue de Wagram, 75008 Paris", "Service client : 09 69 32 15 15"],
  "Free Mobile": ["Free Mobile SAS - 16 rue de la Ville l’Évêque, 75008 Paris"],
  Free: ["Free SAS - 8 rue de la Ville l’Évêque, 75008 Paris"],
};

function invoiceBill(b: BilledDebit): DemoBill {
  const amount = eur(b.amountMinor);
  const exclTax = eur(Math.round(b.amountMinor / 1.2));
  const pdf = invoicePdf({
    vendor: b.vendor, vendorAddress: VENDOR_ADDRESSES[b.vendor] ?? [], title: "Facture", number: b.invoiceNumber, issueDate: b.issueDate, customer: CUSTOMER,
    lines: [{ label: b.description, amount: exclTax }, { label: "TVA 20 %", amount: eur(b.amountMinor - Math.round(b.amountMinor / 1.2)) }],
    total: { label: "Total TTC", amount },
    footer: [`Montant prélevé le ${b.debitDate.split("-").reverse().join("/")} sur le compte FR76 **** **** 0143.`, "Document généré pour la démonstration de Tirelire."],
  });
  return {
    bill: { vendor: b.vendor, vendorRef: b.invoiceNumber, type: b.vendor === "EDF" ? "energy" : "phone", amount, currency: "EUR", date: b.issueDate, dueDate: b.debitDate },
    fileName: `${b.vendor.toLowerCase().replace(/\s+/g, "-")}-${b.invoiceNumber}.pdf`, pdf,
  };
}

function healthBills(v: HealthVisit, index: string): DemoBill[] {
  const paid = eur(v.paidMinor);
  const statement = (vendor: string, minor: number, date: string, address: string[]) => {
    const number = `${vendor === "Ameli" ? "DEC" : "HM"}${v.careDate.replace(/-/g, "")}${index}`;
    return {
      bill: { vendor, vendorRef: number, type: "health_costs", amount: eur(minor), currency: "EUR", date, isRefund: true, originalAmount: paid, originalDate: v.careDate },
      fileName: `${vendor.toLowerCase().replace(/\s+/g, "-")}-${number}.pdf`,
      pdf: invoicePdf({
        vendor, vendorAddress: address, title: "Relevé de remboursement", number, issueDate: date, customer: CUSTOMER,
        lines: [{ label: `Consultation ${v.practitioner} du ${v.careDate.split("-").reverse().join("/")} - montant payé`, amount: paid }],
        total: { label: "Remboursé sur votre compte", amount: eur(minor) },
        footer: ["Document généré pour la démonstration de Tirelire."],
      }),
    };
  };
  return [
    statement("Ameli", v.cpamMinor, v.cpamDate, ["Caisse primaire d’assurance maladie de Paris", "75948 Paris Cedex 19"]),
    statement("Harmonie Mutuelle", v.mutualMinor, v.mutualDate, ["Harmonie Mutuelle - 143 rue Blomet, 75015 Paris"]),
  ];
}

export function demoBills(seed: string, today: string): DemoBill[] {
  const months: Month[] = demoMonths(today).slice(-BILL_MONTHS - 1);
  const bills: DemoBill[] = [];
  for (const m of months) {
    for (const b of billedDebits(seed, m)) if (b.debitDate <= today) bills.push(invoiceBill(b));
    healthVisits(seed, m).forEach((v, i) => {
      for (const bill of healthBills(v, String(i))) if (String(bill.bill.date) <= today) bills.push(bill);
    });
  }
  return bills;
}
