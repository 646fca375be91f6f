import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/i18n/formatter";
import type { RoundStatus } from "@/lib/review";
import { LateTag } from "./late-tag";

/** Where a review round stands: when it was shared, which version, the deadline, advice and response. */
export async function RoundSummary({ round }: { round: RoundStatus }) {
  const [t, format] = await Promise.all([getTranslations("review.round"), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  return (
    <dl className="round-summary">
      <div>
        <dt>{t("shared")}</dt>
        <dd>{t("sharedValue", { date: date(round.sharedAt), version: round.versionNumber })}</dd>
      </div>
      <div>
        <dt>{t("deadline")}</dt>
        <dd>{date(round.adviceDeadline)}</dd>
      </div>
      <div>
        <dt>{t("comments")}</dt>
        <dd>{round.closedAt ? t("closed", { date: date(round.closedAt) }) : t("open")}</dd>
      </div>
      <div>
        <dt>{t("advice")}</dt>
        <dd>
          <AdviceStatusText round={round} />
        </dd>
      </div>
    </dl>
  );
}

export async function AdviceStatusText({ round }: { round: RoundStatus }) {
  const [t, format] = await Promise.all([getTranslations("review.round"), getFormatter()]);
  if (!round.advice) return <>{t("adviceNone")}</>;
  if (round.advice.status === "draft") return <>{t("adviceDraft")}</>;
  const submitted = round.advice.submittedAt
    ? t("adviceSubmitted", { date: format.dateTime(round.advice.submittedAt, { dateStyle: "long" }) })
    : t("adviceSubmittedUndated");
  return (
    <>
      {submitted}
      <LateTag late={round.advice.late} label={t("late")} />
      {round.responseStatus === "final" ? ` ${t("responseFinal")}` : null}
      {round.responseStatus === "draft" ? ` ${t("responseDraft")}` : null}
    </>
  );
}

/** Links between the rounds of one survey, the one being read marked as current. */
export async function RoundNav({
  rounds,
  currentId,
  href,
}: {
  rounds: RoundStatus[];
  currentId: number;
  href: (roundId: number) => string;
}) {
  if (rounds.length < 2) return null;
  const t = await getTranslations("review.round");
  return (
    <nav className="round-nav" aria-label={t("navLabel")}>
      <ul>
        {rounds.map((round) => (
          <li key={round.id}>
            <Link href={href(round.id)} aria-current={round.id === currentId ? "page" : undefined}>
              {t("navItem", { number: round.number, version: round.versionNumber })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
