import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TableHead } from "@/components/layout/table-head";
import { WideTable } from "@/components/layout/wide-table";
import { getFormatter } from "@/i18n/formatter";
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
    <WideTable caption={t("caption")} className="table">
      <TableHead
        columns={[
          { label: t("round") },
          { label: t("version") },
          { label: t("shared") },
          { label: t("deadline") },
          { label: t("advice") },
        ]}
      />
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
    </WideTable>
  );
}
