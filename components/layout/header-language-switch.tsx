"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect } from "react";
import { type Locale, localesForPath, pageLocale } from "@/i18n/locales";
import { LanguageSwitch } from "./language-switch";

/**
 * The site header's language switch: the languages the page is written in (all five on the
 * resident's journey, Dutch and English elsewhere), coming back to the page it is on. A client
 * component because the header belongs to the root layout, which a client-side navigation does not
 * render again: the path is read here, so the switch follows the page.
 *
 * For the same reason the layout's lang, dir and texts would stay Arabic, Turkish or Polish after
 * a client-side step to a page written only in Dutch and English (or the other way round): then the
 * page is loaded anew, so everything on it is in one language again. Without JavaScript every step
 * is a full load and this never happens.
 */
export function HeaderLanguageSwitch({ current, chosen }: { current: Locale; chosen: Locale }) {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  useEffect(() => {
    // Once per path and tab: should the server ever see another path than the browser, the page
    // stays as it is rather than loading again and again.
    const key = `peiling-locale-reload:${pathname}`;
    try {
      if (pageLocale(chosen, pathname) === current) sessionStorage.removeItem(key);
      else if (!sessionStorage.getItem(key)) {
        sessionStorage.setItem(key, "1");
        window.location.reload();
      }
    } catch {
      // No session storage (a privacy setting): the page keeps its language; nothing breaks.
    }
  }, [chosen, current, pathname]);
  return (
    <LanguageSwitch
      offered={localesForPath(pathname)}
      current={current}
      returnTo={query ? `${pathname}?${query}` : pathname}
    />
  );
}
