import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/layout/notice";
import { pageTitle } from "@/components/layout/page-title";
import { TableHead } from "@/components/layout/table-head";
import { WideTable } from "@/components/layout/wide-table";
import { ProfileForm } from "@/components/panels/self-service/profile-form";
import { getFormatter } from "@/i18n/formatter";
import type { SearchParams } from "@/lib/http/search-params";
import { getMemberSession, getMyMembership, listMyInvitations } from "@/lib/panels";
import { logoutFormAction, pauseFormAction, resumeFormAction, updateProfileAction } from "./actions";

export const generateMetadata = pageTitle("panel.mine");

/** Mijn panel: the member's own details, pause/resume, invitations, data download and leaving. */
export default async function MyPanelPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  if (!(await getMemberSession())) redirect("/panel/inloggen?verlopen=1");
  const params = await searchParams;
  const [t, format, me, invitations] = await Promise.all([
    getTranslations("panel.mine"),
    getFormatter(),
    getMyMembership(),
    listMyInvitations(),
  ]);
  const paused = me.status === "paused";
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long" });

  return (
    <>
      <h1>{t("title")}</h1>
      {params.welkom ? <Notice tone="success">{t("welcome", { name: me.panel.name })}</Notice> : null}
      {params.gepauzeerd ? <Notice tone="success">{t("paused")}</Notice> : null}
      {params.hervat ? <Notice tone="success">{t("resumed")}</Notice> : null}
      <p>
        {t("intro", { name: me.panel.name })} {paused ? t("statusPaused") : t("statusActive")}
      </p>

      <section aria-labelledby="mine-profile">
        <h2 id="mine-profile">{t("profileTitle")}</h2>
        <p>{t("profileIntro")}</p>
        {me.pendingEmail ? (
          <Notice tone="success">{t("pendingEmail", { email: me.pendingEmail })}</Notice>
        ) : null}
        <ProfileForm
          action={updateProfileAction}
          values={{ email: me.email, birthYear: me.birthYear, sex: me.sex, postcode: me.postcode }}
          minAge={me.panel.minAge}
        />
        <p>
          {t("district")}: {me.district ?? t("districtUnknown")}
        </p>
      </section>

      <section aria-labelledby="mine-pause">
        <h2 id="mine-pause">{t("pauseTitle")}</h2>
        {paused ? (
          <form action={resumeFormAction} data-form="resume">
            <p>{t("resumeText")}</p>
            <button type="submit" className="button">
              {t("resume")}
            </button>
          </form>
        ) : (
          <form action={pauseFormAction} data-form="pause">
            <p>{t("pauseText")}</p>
            <button type="submit" className="button button--secondary">
              {t("pause")}
            </button>
          </form>
        )}
      </section>

      <section aria-labelledby="mine-invitations">
        <h2 id="mine-invitations">{t("invitationsTitle")}</h2>
        {invitations.length === 0 ? (
          <p>{t("invitationsNone")}</p>
        ) : (
          <WideTable caption={t("invitationsCaption")} className="table">
            <TableHead
              columns={[{ label: t("survey") }, { label: t("invitedAt") }, { label: t("status") }]}
            />
            <tbody>
              {invitations.map((invitation, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, newest first
                <tr key={index}>
                  <td>
                    {invitation.surveyTitle}
                    {invitation.pseudonymous ? <span className="muted"> — {t("pseudonymous")}</span> : null}
                  </td>
                  <td>{date(invitation.invitedAt)}</td>
                  <td>{t(`invitationStatus.${invitation.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </WideTable>
        )}
      </section>

      <section aria-labelledby="mine-consents">
        <h2 id="mine-consents">{t("consentsTitle")}</h2>
        <ul>
          {me.consents.map((consent) => (
            <li key={consent.consentedAt.toISOString()}>
              {t("consentItem", { version: consent.privacyVersion, date: date(consent.consentedAt) })}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="mine-data">
        <h2 id="mine-data">{t("dataTitle")}</h2>
        <p>{t("dataText")}</p>
        <p>
          {/* A plain link: the route answers with a file, not a page. */}
          <a className="button button--secondary" href="/panel/mijn/gegevens" download>
            {t("download")}
          </a>
        </p>
      </section>

      <section aria-labelledby="mine-leave">
        <h2 id="mine-leave">{t("leaveTitle")}</h2>
        <p>{t("leaveText")}</p>
        <p>
          <Link href="/panel/mijn/stoppen">{t("leaveLink")}</Link>
        </p>
      </section>

      <form action={logoutFormAction} className="button-row">
        <button type="submit" className="button button--secondary">
          {t("logout")}
        </button>
      </form>
    </>
  );
}
