import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { RoundStatus } from "@/lib/review";
import { AdviceStatusText } from "./round-summary";

/** Every review round of a survey for staff: version, dates, and where advice and response stand. */
export async function RoundsTable({
  rounds,
  adviceHref,
}: {
  rounds: RoundStatus[];
  adviceHref: (roundId: number) => string;
}) {
  const [t, format] = await Promise.all([getTranslations("review.roundsTable"), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  return (
    <table className="table">
      <caption>{t("caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("round")}</th>
          <th scope="col">{t("version")}</th>
          <th scope="col">{t("shared")}</th>
          <th scope="col">{t("deadline")}</th>
          <th scope="col">{t("advice")}</th>
        </tr>
      </thead>
      <tbody>
        {[...rounds].reverse().map((round) => (
          <tr key={round.id}>
            <th scope="row">{t("roundNumber", { number: round.number })}</th>
            <td>{t("versionNumber", { number: round.versionNumber })}</td>
            <td>
              {date(round.sharedAt)}
              {round.sharedByName ? <span className="muted"> ({round.sharedByName})</span> : null}
            </td>
            <td>{date(round.adviceDeadline)}</td>
            <td>
              <AdviceStatusText round={round} />
              {round.advice?.status === "submitted" ? (
                <>
                  <br />
                  <Link href={adviceHref(round.id)}>
                    {round.responseStatus === "final"
                      ? t("viewAdvice", { number: round.number })
                      : t("answerAdvice", { number: round.number })}
                  </Link>
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
