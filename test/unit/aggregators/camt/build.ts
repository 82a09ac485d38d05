/** Tiny camt.053 documents for behaviour tests (fixtures cover real files; these isolate one rule each). */
export interface EntryOptions {
  amount?: string;
  currency?: string;
  indicator?: "CRDT" | "DBIT" | null;
  status?: string;
  booked?: string | null;
  valueDate?: string;
  reference?: string;
  details?: string;
  extra?: string;
}

export function entryXml(options: EntryOptions = {}): string {
  const indicator = options.indicator === undefined ? "DBIT" : options.indicator;
  return [
    "<Ntry>",
    `<Amt Ccy="${options.currency ?? "EUR"}">${options.amount ?? "10.00"}</Amt>`,
    indicator ? `<CdtDbtInd>${indicator}</CdtDbtInd>` : "",
    options.status ?? "<Sts>BOOK</Sts>",
    options.booked === null ? "" : `<BookgDt><Dt>${options.booked ?? "2024-03-05"}</Dt></BookgDt>`,
    `<ValDt><Dt>${options.valueDate ?? "2024-03-06"}</Dt></ValDt>`,
    options.reference ? `<AcctSvcrRef>${options.reference}</AcctSvcrRef>` : "",
    options.details ? `<NtryDtls>${options.details}</NtryDtls>` : "",
    options.extra ?? "",
    "</Ntry>",
  ].join("");
}

export function balanceXml(code: string, amount: string, date: string, indicator = "CRDT"): string {
  return `<Bal><Tp><CdOrPrtry><Cd>${code}</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>${indicator}</CdtDbtInd><Dt><Dt>${date}</Dt></Dt></Bal>`;
}

export function statementXml(body: string, options: { version?: string; message?: string; kind?: string; account?: string } = {}): string {
  const message = options.message ?? "BkToCstmrStmt";
  const kind = options.kind ?? "Stmt";
  const account = options.account ?? "<Id><IBAN>FR7630006000011234567890189</IBAN></Id><Ccy>EUR</Ccy>";
  return `<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:${options.version ?? "camt.053.001.08"}"><${message}><GrpHdr><MsgId>M1</MsgId></GrpHdr><${kind}><Id>S1</Id><Acct>${account}</Acct>${body}</${kind}></${message}></Document>`;
}

export const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
