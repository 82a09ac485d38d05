/** Server-side half of ActionState: maps errors thrown by lib calls to what a form shows. */
import { unstable_rethrow } from "next/navigation";
import { toAppError } from "../errors";
import { translateMessage, type Locale } from "../i18n";
import type { ActionState } from "./action-state";

/** Next's own control flow (redirect, notFound) passes through; an INTERNAL error is logged and shown generically. */
export function toActionState(error: unknown, locale: Locale, formData?: FormData): ActionState {
  unstable_rethrow(error);
  const appError = toAppError(error);
  if (appError.code === "INTERNAL") console.error(appError.cause ?? appError);
  const fields = (appError.details as { fields?: { field: string | null; message: string }[] } | undefined)?.fields ?? [];
  const fieldErrors: Record<string, string> = {};
  for (const { field, message } of fields) if (field && !fieldErrors[field]) fieldErrors[field] = translateMessage(locale, message);
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;
  const values = formData ? Object.fromEntries(Object.entries(formFields(formData)).filter(([key]) => !/password/i.test(key))) : undefined;
  return { error: hasFieldErrors ? undefined : translateMessage(locale, appError.userMessage), fieldErrors, values };
}

/** FormData → plain strings (files ignored, the last value of a repeated key wins): what the lib's zod schemas take. */
export function formFields(formData: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of formData) if (typeof value === "string" && !key.startsWith("$ACTION")) fields[key] = value;
  return fields;
}
