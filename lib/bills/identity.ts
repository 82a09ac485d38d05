/**
 * A bill's identity inside its household, so that re-running a konnector or re-pushing a bill never duplicates
 * it: the konnector and the vendor's own reference when there is one, else vendor + date + amount (Cozy's
 * dedup keys). The vendor is part of the reference identity too: one konnector may collect for many sellers
 * (the e-invoice konnector does), and two sellers' invoice numbers collide easily ("2024-001"). A bill still "to complete" (read from a plain PDF) is identified by its file's content instead:
 * its guessed fields may change when the user completes it.
 */
export interface IdentityFields {
  konnector: string;
  vendor: string;
  vendorRef: string | null;
  date: string;
  amountMinor: bigint;
  currency: string;
  status: "complete" | "to_complete";
}

const squash = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();

export function billIdentity(bill: IdentityFields, fileSha256: string | null): string {
  if (bill.status === "to_complete" && fileSha256) return `file:${fileSha256}`;
  if (bill.vendorRef) return `ref:${squash(bill.konnector)}:${squash(bill.vendor).toLowerCase()}:${squash(bill.vendorRef)}`;
  return `bill:${squash(bill.vendor).toLowerCase()}:${bill.date}:${bill.amountMinor}:${bill.currency}`;
}
