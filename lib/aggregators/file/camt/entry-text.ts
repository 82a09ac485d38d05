/**
 * The words of a CAMT entry: remittance information, additional texts and the counterparty. The label is what
 * the payer wrote (RmtInf), else the bank's own text, else who we paid or who paid us; leftovers go to memo.
 */
import { listAt, squash, textAt, textsAt } from "./xml-path";

export interface EntryTexts {
  label: string;
  payee: string | null;
  memo: string | null;
}

/** Dbtr/Cdtr name, v2–v7 (<Cdtr><Nm>) and v8+ (<Cdtr><Pty><Nm>). */
function partyName(parties: unknown, role: string): string | null {
  return squash(textAt(parties, role, "Nm") ?? textAt(parties, role, "Pty", "Nm"));
}

/** The other side: the creditor when money leaves the account, the debtor when it comes in. */
export function counterparty(detail: unknown, isDebit: boolean): string | null {
  const parties = listAt(detail, "RltdPties")[0];
  if (!parties) return null;
  return isDebit
    ? (partyName(parties, "Cdtr") ?? partyName(parties, "UltmtCdtr"))
    : (partyName(parties, "Dbtr") ?? partyName(parties, "UltmtDbtr"));
}

function remittance(detail: unknown): string | null {
  const unstructured: string[] = [];
  const structured: string[] = [];
  for (const info of listAt(detail, "RmtInf")) {
    unstructured.push(...textsAt(info, "Ustrd"));
    for (const block of listAt(info, "Strd")) {
      structured.push(...textsAt(block, "AddtlRmtInf"));
      const reference = textAt(block, "CdtrRefInf", "Ref");
      if (reference) structured.push(reference);
    }
  }
  return squash(unstructured.join(" ")) ?? squash(structured.join(" "));
}

/** Texts for one transaction: `detail` is its TxDtls (null when the entry has none), `entry` its Ntry. */
export function entryTexts(entry: unknown, detail: unknown, isDebit: boolean): EntryTexts {
  const payee = detail ? counterparty(detail, isDebit) : null;
  const paid = detail ? remittance(detail) : null;
  const transactionInfo = detail ? squash(textsAt(detail, "AddtlTxInf").join(" ")) : null;
  const entryInfo = squash(textsAt(entry, "AddtlNtryInf").join(" "));

  const label =
    paid ??
    transactionInfo ??
    squash([entryInfo, payee].filter(Boolean).join(" ")) ??
    squash(textAt(entry, "BkTxCd", "Prtry", "Cd")) ??
    "(no description)";
  const leftovers = [transactionInfo, entryInfo].filter((text): text is string => !!text && !label.includes(text));
  return { label, payee, memo: leftovers.length ? [...new Set(leftovers)].join(" / ") : null };
}
