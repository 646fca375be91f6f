"use client";

import Link from "next/link";
import "./beheer.css";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

type NavLink = { href: string; label: string };

/** The staff area's menu; the current page is marked for screen readers with aria-current. */
export function StaffNav({ label, links, logout }: { label: string; links: NavLink[]; logout: ReactNode }) {
  const pathname = usePathname();
  const isCurrent = (href: string) =>
    href === "/beheer"
      ? pathname === "/beheer" || pathname.startsWith("/beheer/surveys")
      : pathname.startsWith(href);
  return (
    <nav className="staff-nav" aria-label={label}>
      <ul className="staff-nav__list">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={isCurrent(link.href) ? "page" : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
        <li className="staff-nav__logout">{logout}</li>
      </ul>
    </nav>
  );
}
