import { getLocale, getFormatter as getNextIntlFormatter } from "next-intl/server";
import { DEFAULT_LOCALE, FORMAT_LOCALES, isLocale } from "./locales";

/**
 * Dates and numbers in the page's locale: next-intl's formatter, given the locale's formatting
 * conventions (FORMAT_LOCALES: English as in Britain, day before month, 24-hour clock). Server
 * components take their formatter from here, never from next-intl directly.
 */
export async function getFormatter() {
  const shown = await getLocale();
  return getNextIntlFormatter({ locale: FORMAT_LOCALES[isLocale(shown) ? shown : DEFAULT_LOCALE] });
}
