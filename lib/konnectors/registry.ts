/**
 * Every in-process konnector, in one explicit map. A new konnector is one file plus one line here. Konnectors
 * running elsewhere are not listed: they push through POST /api/v1/bills with a konnector token.
 */
import { AppError } from "../errors";
import { einvoiceKonnector } from "./builtin/einvoice";
import type { Konnector } from "./types";

export const konnectors: Readonly<Record<string, Konnector>> = {
  einvoice: einvoiceKonnector,
};

export function isBuiltInKonnector(slug: string): boolean {
  return Object.hasOwn(konnectors, slug);
}

export function getKonnector(slug: string): Konnector {
  const konnector = isBuiltInKonnector(slug) ? konnectors[slug] : undefined;
  if (!konnector) throw new AppError("NOT_FOUND", `Unknown konnector "${slug}" (built in: ${Object.keys(konnectors).join(", ")})`);
  return konnector;
}
