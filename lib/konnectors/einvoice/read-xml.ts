/** Bare e-invoice XML (CII, ZUGFeRD 1.0, UBL Invoice / CreditNote) → EInvoice, through the safe XML reader. */
import { AppError } from "../../errors";
import { parseXml, type XmlNode } from "../../xml";
import { decodeBytes } from "../../aggregators/file/encoding";
import { readCii } from "./cii";
import { readUbl } from "./ubl";
import type { EInvoice } from "./invoice";

// Repeated elements the mappers walk; everything else is read through child(), which tolerates both shapes.
const ARRAYS = ["SpecifiedTradeSettlementPaymentMeans", "SpecifiedTradePaymentTerms", "IncludedNote", "PaymentMeans", "Note"];

export function decodeXml(bytes: Uint8Array): string {
  const prolog = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
  const declared = /encoding\s*=\s*["']([\w.:-]+)["']/.exec(prolog)?.[1] ?? null;
  return decodeBytes(bytes, { declared }).text;
}

export function readInvoiceXml(text: string): EInvoice {
  const document = parseXml(text, { arrays: ARRAYS });
  const rootName = Object.keys(document).find((key) => !key.startsWith("?") && !key.startsWith("#"));
  const root = rootName ? (document[rootName] as XmlNode) : undefined;
  switch (rootName) {
    case "CrossIndustryInvoice":
      return readCii(root, false);
    case "CrossIndustryDocument":
      return readCii(root, true);
    case "Invoice":
      return readUbl(root, false);
    case "CreditNote":
      return readUbl(root, true);
    default:
      throw new AppError("UNSUPPORTED_FORMAT", `XML root element <${rootName ?? "?"}> is not an e-invoice (expected CrossIndustryInvoice, CrossIndustryDocument, Invoice or CreditNote)`, {
        userMessage: `This XML file is not an e-invoice (root element <${rootName ?? "?"}>).`,
      });
  }
}
