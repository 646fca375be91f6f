import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { ImportForm } from "@/components/panels/import-form";
import { PanelPageHeader } from "@/components/panels/panel-page-header";
import { importMembersAction } from "../actions";
import { gatedPanel } from "../gated-panel";

export const generateMetadata = pageTitle("panels.import");

/** Import members from a CSV file, with a report per row. */
export default async function PanelImportPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const panel = await gatedPanel(id, "/importeren");
  const t = await getTranslations("panels.import");
  return (
    <>
      <PanelPageHeader panelId={panel.id} panelName={panel.name} title={t("title")} current="import" />
      <div className="alert" role="note">
        <p>{t("consentNote", { version: panel.privacyVersion })}</p>
      </div>
      <h2>{t("formatTitle")}</h2>
      <ul>
        <li>{t("formatHeader")}</li>
        <li>{t("formatColumns")}</li>
        <li>{t("formatSex")}</li>
        <li>{t("formatRules", { minAge: panel.minAge })}</li>
        <li>{t("formatAllOrNothing")}</li>
      </ul>
      <p>{t("example")}</p>
      <pre className="panel-example">
        {"email;geboortejaar;geslacht;postcode\nnaam@example.org;1975;vrouw;4901 AB"}
      </pre>
      <ImportForm action={importMembersAction} panelId={panel.id} />
    </>
  );
}
