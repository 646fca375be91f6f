import Link from "next/link";
import "./section-nav.css";

export type SectionNavLink = { href: string; label: string; current: boolean };

/**
 * The links between the pages of one area (a panel's pages, a survey's results, a queue's lists),
 * the current one marked with aria-current. Has no state, so server and client components use it.
 */
export function SectionNav({
  className,
  label,
  links,
}: {
  /** The area's own class, beside the shared one. */
  className: string;
  label: string;
  links: SectionNavLink[];
}) {
  return (
    <nav className={`section-nav ${className}`} aria-label={label}>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={link.current ? "page" : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
