import { getTranslations } from "next-intl/server";
import { SectionNav } from "@/components/layout/section-nav";

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
    <SectionNav
      className="panel-subnav"
      label={t("label")}
      links={links.map(([section, href]) => ({ href, label: t(section), current: section === current }))}
    />
  );
}
