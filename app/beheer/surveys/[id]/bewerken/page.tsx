import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { BuilderMessages } from "@/components/surveys/builder/builder-messages";
import { ManageSurvey } from "@/components/surveys/builder/manage-survey";
import { SurveyBuilder } from "@/components/surveys/builder/survey-builder";
import { getFormatter } from "@/i18n/formatter";
import { definitionToForm, getSurveyDraft } from "@/lib/surveys";
import { gatedSurvey } from "../gated-survey";
import { deleteSurveyAction, duplicateSurveyAction, saveDraftAction } from "./actions";

type Params = { params: Promise<{ id: string }> };

export const generateMetadata = pageTitle("builder.editor");

export default async function EditSurveyPage({ params }: Params) {
  await connection();
  const { id } = await params;
  const { surveyId } = await gatedSurvey(id, "survey:edit", "/bewerken");
  const draft = await getSurveyDraft(surveyId);
  if (!draft) notFound();
  const [t, tStatus, format] = await Promise.all([
    getTranslations("builder"),
    getTranslations("beheer.surveys.status"),
    getFormatter(),
  ]);
  const base = `/beheer/surveys/${draft.id}`;
  const changedAt = draft.lastChange
    ? format.dateTime(draft.lastChange.at, { dateStyle: "long", timeStyle: "short" })
    : null;

  return (
    <BuilderMessages>
      <p>
        <Link href={base}>{t("common.backToSurvey")}</Link>
      </p>
      <h1>
        {t("editor.title")}: {draft.title}
      </h1>
      <p>
        {t("editor.status", { status: tStatus(draft.status), version: draft.version.number })}{" "}
        {draft.version.frozen && draft.editable
          ? t("editor.frozen", { next: draft.version.number + 1 })
          : null}
      </p>
      {draft.lastChange && changedAt ? (
        <p className="muted">
          {draft.lastChange.by
            ? t("editor.lastChange", { name: draft.lastChange.by, date: changedAt })
            : t("editor.lastChangeUnknown", { date: changedAt })}
        </p>
      ) : null}
      {draft.hasResponses && draft.editable ? (
        <div className="alert">
          <p>{t("editor.hasResponses")}</p>
        </div>
      ) : null}
      <nav aria-label={t("editor.links")} className="builder-links">
        <ul>
          <li>
            <Link href={`${base}/voorbeeld`}>{t("editor.preview")}</Link>{" "}
            <span className="muted">{t("editor.previewNote")}</span>
          </li>
          <li>
            <a href={`${base}/export`} download>
              {t("editor.export")}
            </a>
          </li>
          <li>
            <Link href={`${base}/vertalingen`}>{t("translations.link")}</Link>{" "}
            <span className="muted">{t("translations.linkNote")}</span>
          </li>
          {draft.editable ? (
            <li>
              <Link href={`/beheer/surveys/import?naar=${draft.id}`}>{t("editor.import")}</Link>
            </li>
          ) : null}
        </ul>
      </nav>
      {draft.editable ? (
        <SurveyBuilder
          surveyId={draft.id}
          revision={draft.revision}
          initialForm={definitionToForm(draft.definition, draft.slug, { lockIds: !draft.idsEditable })}
          slugEditable={draft.slugEditable}
          action={saveDraftAction}
        />
      ) : (
        <div className="alert">
          <p>{t("editor.notEditable")}</p>
        </div>
      )}
      <ManageSurvey
        surveyId={draft.id}
        title={draft.title}
        deletable={draft.deletable}
        duplicateAction={duplicateSurveyAction}
        deleteAction={deleteSurveyAction}
      />
    </BuilderMessages>
  );
}
