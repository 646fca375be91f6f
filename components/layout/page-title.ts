import { getTranslations } from "next-intl/server";

/**
 * A page's generateMetadata when its title is a catalogue text: `export const generateMetadata =
 * pageTitle("auth.login")` gives the page the section's "title" (or the text `key` names).
 */
export function pageTitle(section: string, key = "title") {
  return async () => {
    const t = await getTranslations(section);
    return { title: t(key) };
  };
}
