/** Validation shared by setup, settings and members (zod). Messages are English; the UI translates them. */
import { z } from "zod";
import { normalizeCurrency } from "../money";
import { LOCALES } from "../i18n";

export const emailSchema = z.string().trim().toLowerCase().email("Enter a valid email address.");
export const passwordSchema = z.string().min(10, "Use at least 10 characters.").max(200, "Use at most 200 characters.");
export const localeSchema = z.enum(LOCALES, { message: "Choose English or French." });

export const currencySchema = z.string().transform((value, context) => {
  const code = normalizeCurrency(value);
  if (!code) {
    context.addIssue({ code: "custom", message: "Unknown currency code (ISO 4217, e.g. EUR)." });
    return z.NEVER;
  }
  return code;
});

export const householdNameSchema = z.string().trim().min(1, "Give the household a name.").max(100, "Use at most 100 characters.");
