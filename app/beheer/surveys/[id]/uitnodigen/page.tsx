import "@/components/fieldwork/fieldwork.css";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { AnonymityPanel } from "@/components/fieldwork/anonymity-panel";
import { PreviewForm } from "@/components/fieldwork/preview-form";
import { RoundsTable } from "@/components/fieldwork/rounds-table";
import { SamplePreview } from "@/components/fieldwork/sample-preview";
import { SendForm } from "@/components/fieldwork/send-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { Notice } from "@/components/layout/notice";
import { pageTitle } from "@/components/layout/page-title";
import { PublicAddressWarning } from "@/components/sharing/public-address-warning";
import { can, issuesToErrors } from "@/lib/accounts";
import {
  fieldworkChoice,
  getInvitePage,
  isSeed,
  newSeed,
  previewFormSchema,
  previewInvitations,
} from "@/lib/fieldwork";
import { configuredPublicAddress } from "@/lib/http/public-address";
import type { IdPageProps } from "@/lib/http/search-params";
import { gatedSurvey } from "../gated-survey";
import { sendInvitationsAction, setAnonymityAction } from "./actions";

export const generateMetadata = pageTitle("fieldwork.invite", "pageTitle");

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/**
 * Inviting panel members to a survey: the anonymity setting, the open link, choosing a sample
 * (a GET form: the choice and the seed live in the URL), its preview, and sending it.
 */
export default async function InvitePage({ params, searchParams }: IdPageProps) {
  await connection();
  const { id } = await params;
  const { gate, surveyId, path } = await gatedSurvey(id, "fieldwork:send", "/uitnodigen");
  const [data, query, t, tAll, tStatus] = await Promise.all([
    getInvitePage(surveyId),
    searchParams,
    getTranslations("fieldwork"),
    getTranslations(),
    getTranslations("lifecycle.status"),
  ]);
  if (!data) notFound();
  const { survey } = data;

  const values = {
    panel: one(query.panel),
    methode: one(query.methode) || "stratified",
    aantal: one(query.aantal),
    herinneren: query.herinneren === undefined ? "7" : one(query.herinneren),
  };
  const asked = query.panel !== undefined;
  const parsed = asked ? previewFormSchema.safeParse(values) : null;
  const serverErrors: Record<string, string> = {};
  if (parsed && !parsed.success) {
    for (const [field, list] of Object.entries(issuesToErrors(parsed.error.issues).fieldErrors)) {
      serverErrors[field] = tAll.has(list[0]) ? tAll(list[0]) : list[0];
    }
  }
  const choice = parsed?.success ? fieldworkChoice(parsed.data) : null;
  if (parsed?.success && survey.sendable && !isSeed(one(query.zaad))) {
    // A fresh seed for every new preview, kept in the URL so reloading shows the same sample.
    redirect(`${path}?${new URLSearchParams({ ...values, zaad: newSeed() })}`);
  }
  const preview =
    parsed?.success && choice && survey.sendable
      ? await previewInvitations({
          surveyId,
          panelId: parsed.data.panel,
          spec: choice.spec,
          seed: one(query.zaad),
        })
      : null;
  if (parsed?.success && !preview && survey.sendable) serverErrors.panel = t("errors.panelRequired");

  const sent = query.verstuurd === undefined ? null : Number(one(query.verstuurd));
  const skipped = Number(one(query.overgeslagen)) || 0;
  const anonymitySaved = one(query.anonimiteit);

  return (
    <ClientMessages namespaces={["fieldwork", "auth"]}>
      <p className="fieldwork-back">
        <Link href={`/beheer/surveys/${survey.id}`}>{t("invite.back")}</Link>
      </p>
      <h1>{t("invite.title", { title: survey.title })}</h1>
      {sent !== null && Number.isFinite(sent) ? (
        <div className="alert alert--success" role="status">
          <p>{t("invite.sent", { count: sent })}</p>
          {skipped > 0 ? <p>{t("invite.sentSkipped", { count: skipped })}</p> : null}
        </div>
      ) : null}
      {anonymitySaved === "opgeslagen" || anonymitySaved === "ongewijzigd" ? (
        <Notice tone="success">
          {t(anonymitySaved === "opgeslagen" ? "anonymity.saved" : "anonymity.unchanged")}
        </Notice>
      ) : null}
      <p>
        <Link href={`/beheer/surveys/${survey.id}/respons`}>{t("invite.monitorLink")}</Link>
      </p>

      <AnonymityPanel
        survey={survey}
        canEdit={can(gate.user.role, "survey:edit")}
        action={setAnonymityAction}
      />

      <section className="fieldwork-section" aria-labelledby="public-link-title">
        <h2 id="public-link-title">{t("publicLink.title")}</h2>
        <p>{t("publicLink.intro")}</p>
        <p className="fieldwork-link">
          {t("publicLink.label")} <code>{survey.publicUrl}</code>
        </p>
        {/* The invitations mailed from this page carry links made from the same address. */}
        <PublicAddressWarning address={configuredPublicAddress()} />
      </section>

      <section className="fieldwork-section" aria-labelledby="sample-title">
        <h2 id="sample-title">{t("preview.title")}</h2>
        {!survey.sendable ? (
          <div className="alert">
            <p>{t("invite.notSendable", { status: tStatus(survey.status) })}</p>
          </div>
        ) : data.panels.length === 0 ? (
          <p>{t("invite.noPanels")}</p>
        ) : (
          <>
            <p>{t("preview.intro")}</p>
            <PreviewForm
              surveyId={survey.id}
              panels={data.panels.map((p) => ({
                id: p.id,
                label: t("preview.panelOption", { name: p.name, count: p.activeMembers }),
              }))}
              values={values}
              serverErrors={serverErrors}
            />
          </>
        )}
      </section>

      {preview && choice && parsed?.success ? (
        <section className="fieldwork-section" aria-labelledby="preview-title">
          <h2 id="preview-title">{t("result.title", { panel: preview.panelName })}</h2>
          <SamplePreview preview={preview} reminderDays={choice.reminderDays} />
          {preview.drawn > 0 ? (
            <SendForm
              action={sendInvitationsAction}
              count={preview.drawn}
              fields={{
                surveyId: String(survey.id),
                panel: String(parsed.data.panel),
                methode: parsed.data.methode,
                aantal: parsed.data.aantal,
                herinneren: parsed.data.herinneren,
                zaad: preview.seed,
                controle: preview.digest,
              }}
            />
          ) : null}
        </section>
      ) : null}

      <section className="fieldwork-section" aria-labelledby="rounds-title">
        <h2 id="rounds-title">{t("rounds.title")}</h2>
        <RoundsTable rounds={data.rounds} />
      </section>
    </ClientMessages>
  );
}
