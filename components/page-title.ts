/**
 * generateMetadata for a page whose tab title is one message: the title reads in the household's language (a
 * static `metadata` title is English for everyone). The context is React-cached, so the page's own call is free.
 */
import type { Metadata } from "next";
import { requireHouseholdContext } from "@/lib/http/session";
import { t, type Locale, type MessageKey } from "@/lib/i18n";

export function localizedTitle(title: MessageKey | ((locale: Locale) => string)): () => Promise<Metadata> {
  return async () => {
    const { locale } = await requireHouseholdContext();
    return { title: typeof title === "function" ? title(locale) : t(locale, title) };
  };
}
