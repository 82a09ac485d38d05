/**
 * Internal transfers between two of a household's accounts, pure: a debit on one account and the opposite
 * credit on another, same currency, within a few days, paired one-to-one by the same global assignment as bills
 * (assign.ts), so two identical monthly transfers do not both claim the same credit.
 *
 * Evidence: opposite exact amounts and the date gap always; a transfer word (VIR, virement, transfer, versement,
 * épargne, livret…) on either label, or both on the same day, is required, since an exact opposite amount on
 * another account alone (a salary in, a card bill out) is too weak. Transactions already in a transfer, and
 * pairs the user rejected, are left out.
 */
import { dayNumber } from "../dates";
import { assignUnits, type Edge } from "./assign";
import { EDGE_BASE } from "./score";

export interface TransferTransaction {
  id: string;
  accountId: string;
  date: string;
  amountMinor: bigint;
  currency: string;
  label: string;
  /** Already part of a transfer (confirmed or detected before): not paired again. */
  transferId?: string | null;
}

export interface TransferOptions {
  /** Largest gap between the two bookings, in days (default 3: a weekend plus a bank day). */
  maxDays?: number;
  /** "outId|inId" pairs the user said are not transfers. */
  rejectedPairs?: ReadonlySet<string>;
}

export interface DetectedTransfer {
  outId: string;
  inId: string;
  amountMinor: bigint;
  currency: string;
  score: number;
}

export const DEFAULT_TRANSFER_DAYS = 3;
const TRANSFER_HINT = /\b(vir|virt|virement|vrt|transfert?|xfer|versement|epargne|livret|ldds|lep|pel|cel|savings?|internal)\b/i;

export function hasTransferHint(label: string): boolean {
  return TRANSFER_HINT.test(label.normalize("NFD").replace(/[\u0300-\u036f]/g, ""));
}

export const pairKey = (outId: string, inId: string) => `${outId}|${inId}`;

export function detectTransfers(transactions: readonly TransferTransaction[], options: TransferOptions = {}): DetectedTransfer[] {
  const maxDays = options.maxDays ?? DEFAULT_TRANSFER_DAYS;
  const free = transactions.filter((t) => !t.transferId && t.amountMinor !== 0n);
  const credits = new Map<string, { tx: TransferTransaction; day: number; hint: boolean }[]>();
  for (const tx of free) {
    if (tx.amountMinor < 0n) continue;
    const key = `${tx.currency}|${tx.amountMinor}`;
    const entry = { tx, day: dayNumber(tx.date), hint: hasTransferHint(tx.label) };
    const list = credits.get(key);
    if (list) list.push(entry);
    else credits.set(key, [entry]);
  }
  const debits = free.filter((t) => t.amountMinor < 0n);
  const incoming: TransferTransaction[] = [];
  const incomingIndex = new Map<string, number>();
  const edges: Edge[] = [];
  debits.forEach((out, unit) => {
    const day = dayNumber(out.date);
    const outHint = hasTransferHint(out.label);
    for (const candidate of credits.get(`${out.currency}|${-out.amountMinor}`) ?? []) {
      const gap = Math.abs(candidate.day - day);
      if (candidate.tx.accountId === out.accountId || gap > maxDays) continue;
      if (options.rejectedPairs?.has(pairKey(out.id, candidate.tx.id))) continue;
      const hints = (outHint ? 1 : 0) + (candidate.hint ? 1 : 0);
      if (hints === 0 && gap > 0) continue;
      let index = incomingIndex.get(candidate.tx.id);
      if (index === undefined) {
        index = incoming.length;
        incomingIndex.set(candidate.tx.id, index);
        incoming.push(candidate.tx);
      }
      edges.push({ unit, tx: index, weight: EDGE_BASE + Math.round(100 * (1 - gap / (maxDays + 1))) + 50 * hints });
    }
  });
  return assignUnits(edges)
    .chosen.map((edge) => {
      const out = debits[edge.unit]!;
      return { outId: out.id, inId: incoming[edge.tx]!.id, amountMinor: -out.amountMinor, currency: out.currency, score: edge.weight };
    })
    .sort((a, b) => (a.outId < b.outId ? -1 : a.outId > b.outId ? 1 : 0));
}
