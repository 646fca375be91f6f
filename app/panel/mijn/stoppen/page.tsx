import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { LeaveForm } from "@/components/panels/self-service/leave-form";
import { getMemberSession, getMyMembership } from "@/lib/panels";
import { leaveAction } from "../actions";

export const generateMetadata = pageTitle("panel.leave");

/** Leaving, with what it means spelled out first: it deletes the contact data and cannot be undone. */
export default async function LeavePage() {
  await connection();
  if (!(await getMemberSession())) redirect("/panel/inloggen?verlopen=1");
  const [t, me] = await Promise.all([getTranslations("panel.leave"), getMyMembership()]);
  const points = t.raw("points") as string[];
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro", { name: me.panel.name })}</p>
      <ul>
        {points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      <p>{t("pauseHint")}</p>
      <LeaveForm action={leaveAction} />
      <p>
        <Link href="/panel/mijn">{t("back")}</Link>
      </p>
    </>
  );
}
