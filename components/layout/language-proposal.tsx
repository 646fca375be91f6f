"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { isJourneyPath, type Locale } from "@/i18n/locales";
import { switchHref } from "./language-switch";

export interface Proposal {
  locale: Locale;
  /** "This page is also in English.", in the language proposed. */
  text: string;
  /** "Show in English", in the language proposed. */
  link: string;
}

/**
 * A short line in the language the browser asks for (Accept-Language), when nobody chose a
 * language yet and that language is not Dutch: the page itself stays Dutch until it is chosen.
 * The server works out one proposal for the resident's journey and one for the other pages
 * (which Arabic, Turkish and Polish do not cover); the path, read here so the line follows a
 * client-side navigation, picks one.
 */
export function LanguageProposal({ journey, other }: { journey: Proposal | null; other: Proposal | null }) {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const proposal = isJourneyPath(pathname) ? journey : other;
  if (!proposal) return null;
  return (
    <p className="language-proposal" lang={proposal.locale}>
      {proposal.text}{" "}
      <a
        href={switchHref(proposal.locale, query ? `${pathname}?${query}` : pathname)}
        hrefLang={proposal.locale}
      >
        {proposal.link}
      </a>
    </p>
  );
}
