import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { PanelPageHeader } from "@/components/panels/panel-page-header";
import { PanelSettingsForm } from "@/components/panels/panel-settings-form";
import { getFormatter } from "@/i18n/formatter";
import { updatePanelSettingsAction } from "./actions";
import { gatedPanel } from "./gated-panel";

export const generateMetadata = pageTitle("panels.overview", "pageTitle");

/** One panel: its members at a glance and its settings. */
export default async function PanelPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const panel = await gatedPanel(id, "");
  const [t, format] = await Promise.all([getTranslations("panels.overview"), getFormatter()]);
  const n = (value: number) => format.number(value);
  return (
    <>
      <PanelPageHeader panelId={panel.id} panelName={panel.name} current="overview" />
      <dl className="panel-facts">
        <dt>{t("active")}</dt>
        <dd>{n(panel.members.active)}</dd>
        <dt>{t("paused")}</dt>
        <dd>{n(panel.members.paused)}</dd>
        <dt>{t("pending")}</dt>
        <dd>{n(panel.members.pending)}</dd>
        <dt>{t("left")}</dt>
        <dd>{n(panel.members.left)}</dd>
        <dt>{t("privacyVersion")}</dt>
        <dd>{panel.privacyVersion}</dd>
        <dt>{t("updatedAt")}</dt>
        <dd>{format.dateTime(panel.updatedAt, { dateStyle: "long", timeStyle: "short" })}</dd>
      </dl>
      <PanelSettingsForm
        action={updatePanelSettingsAction}
        values={{
          panelId: panel.id,
          name: panel.name,
          description: panel.description,
          privacyText: panel.privacyText,
          minAge: panel.minAge,
          maxInvitationsPerYear: panel.maxInvitationsPerYear,
          privacyVersion: panel.privacyVersion,
        }}
      />
    </>
  );
}
