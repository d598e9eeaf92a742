import type { Locale } from "./strings";

/** Maps an Office display language (e.g. "vi-VN", "en-US") to a catalogue locale; Vietnamese when unknown. */
export function localeFromDisplayLanguage(displayLanguage: string | undefined | null): Locale {
  const language = (displayLanguage ?? "").toLowerCase();
  if (language.startsWith("en")) return "en";
  return "vi";
}
