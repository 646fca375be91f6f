import Link from "next/link";
import { getTranslations } from "next-intl/server";

export type PanelSection = "overview" | "members" | "import" | "lettercodes";

/** The pages of one panel; the current one is marked for screen readers with aria-current. */
export async function PanelSubnav({ panelId, current }: { panelId: number; current: PanelSection }) {
  const t = await getTranslations("panels.subnav");
  const base = `/beheer/panels/${panelId}`;
  const links: [PanelSection, string][] = [
    ["overview", base],
    ["members", `${base}/leden`],
    ["import", `${base}/importeren`],
    ["lettercodes", `${base}/lettercodes`],
  ];
  return (
    <nav className="panel-subnav" aria-label={t("label")}>
      <ul>
        {links.map(([section, href]) => (
          <li key={section}>
            <Link href={href} aria-current={section === current ? "page" : undefined}>
              {t(section)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
