import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { changeMemberStatusAction } from "@/app/beheer/panels/[id]/actions";
import { pageTitle } from "@/components/layout/page-title";
import { MemberStatusForms } from "@/components/panels/member-status-forms";
import { PanelPageHeader } from "@/components/panels/panel-page-header";
import { getFormatter } from "@/i18n/formatter";
import { gatePage } from "@/lib/accounts";
import { parseRouteId } from "@/lib/http/route-id";
import { getMember, getPanel } from "@/lib/panels";

export const generateMetadata = pageTitle("panels.member", "pageTitle");

type Props = { params: Promise<{ id: string; memberId: string }> };

/** One member: profile, status, consents and how often invited; pause, reactivate or remove. */
export default async function PanelMemberPage({ params }: Props) {
  await connection();
  const { id, memberId } = await params;
  await gatePage(
    "panel:manage",
    `/beheer/panels/${encodeURIComponent(id)}/leden/${encodeURIComponent(memberId)}`,
  );
  const panelId = parseRouteId(id);
  const memberNumber = parseRouteId(memberId);
  if (!panelId || !memberNumber) notFound();
  const [panel, member] = await Promise.all([getPanel(panelId), getMember(panelId, memberNumber)]);
  if (!panel || !member) notFound();
  const [t, tp, format] = await Promise.all([
    getTranslations("panels.member"),
    getTranslations("panels"),
    getFormatter(),
  ]);
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "long" }) : "—");
  const title = member.email ?? t("leftTitle", { id: member.id });
  return (
    <>
      <PanelPageHeader panelId={panel.id} panelName={panel.name} title={title} current="members" />
      <p>
        <Link href={`/beheer/panels/${panel.id}/leden`}>{t("backToMembers")}</Link>
      </p>
      <h2>{t("profile")}</h2>
      <dl className="panel-facts">
        <dt>{tp("members.email")}</dt>
        <dd>{member.email ?? t("deleted")}</dd>
        <dt>{tp("members.status")}</dt>
        <dd>{tp(`status.${member.status}`)}</dd>
        <dt>{t("birthYear")}</dt>
        <dd>
          {member.birthYear}
          {member.ageGroup ? ` (${tp("ageGroup", { group: member.ageGroup })})` : ""}
        </dd>
        <dt>{tp("members.sex")}</dt>
        <dd>{tp(`sex.${member.sex}`)}</dd>
        <dt>{tp("members.postcode")}</dt>
        <dd>{member.postcode ?? t("deleted")}</dd>
        <dt>{tp("members.district")}</dt>
        <dd>{member.district ?? tp("members.noDistrict")}</dd>
        <dt>{t("joinedVia")}</dt>
        <dd>{t(`via.${member.joinedVia}`)}</dd>
        <dt>{t("joinedAt")}</dt>
        <dd>{date(member.createdAt)}</dd>
        {member.pausedAt ? (
          <>
            <dt>{t("pausedAt")}</dt>
            <dd>{date(member.pausedAt)}</dd>
          </>
        ) : null}
        {member.leftAt ? (
          <>
            <dt>{t("leftAt")}</dt>
            <dd>{date(member.leftAt)}</dd>
          </>
        ) : null}
        <dt>{t("invitations")}</dt>
        <dd>{format.number(member.invitationCount)}</dd>
      </dl>
      <h2>{t("consents")}</h2>
      {member.consents.length === 0 ? (
        <p>{t("noConsents")}</p>
      ) : (
        <ul>
          {member.consents.map((consent) => (
            <li key={`${consent.privacyVersion}-${consent.consentedAt.getTime()}`}>
              {t("consent", { version: consent.privacyVersion, date: date(consent.consentedAt) })}
            </li>
          ))}
        </ul>
      )}
      <h2>{t("actions")}</h2>
      <MemberStatusForms
        action={changeMemberStatusAction}
        panelId={panel.id}
        memberId={member.id}
        status={member.status}
      />
    </>
  );
}
