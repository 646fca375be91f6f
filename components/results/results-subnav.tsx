"use client";

import { usePathname } from "next/navigation";
import { SectionNav } from "@/components/layout/section-nav";
import "./results.css";

export type ResultsSubnavLink = { href: string; label: string };

/**
 * The pages of a survey's results area; the current one is marked with aria-current. Labels come
 * in translated, and only the links the user's role may open.
 */
export function ResultsSubnav({ label, links }: { label: string; links: ResultsSubnavLink[] }) {
  const pathname = usePathname();
  // The overview's address is the prefix of the others: it is current only on its own.
  const current = links.reduce<string | null>(
    (best, link) =>
      (pathname === link.href || pathname.startsWith(`${link.href}/`)) &&
      link.href.length > (best?.length ?? 0)
        ? link.href
        : best,
    null,
  );
  return (
    <SectionNav
      className="results-subnav"
      label={label}
      links={links.map((link) => ({ ...link, current: link.href === current }))}
    />
  );
}
