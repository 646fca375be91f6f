import "../survey-lifecycle/survey-overview.css";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/i18n/formatter";
import { isSurveyStatus, type TimelineEntry } from "@/lib/surveys";

type Translate = Awaited<ReturnType<typeof getTranslations<"lifecycle">>>;

/** What happened, in Dutch: known actions by name, status changes by their step, others generically. */
function describeEntry(entry: TimelineEntry, t: Translate): string {
  const d = entry.details ?? {};
  const status = (value: unknown) => (isSurveyStatus(value) ? t(`status.${value}`) : String(value ?? ""));
  if (entry.action === "survey.status_changed") {
    const step = `timeline.transitions.${String(d.transition)}`;
    if (typeof d.transition === "string" && t.has(step)) return t(step);
    return t("timeline.actions.survey_status_changed", { from: status(d.from), to: status(d.to) });
  }
  const key = `timeline.actions.${entry.action.replace(/\./g, "_")}`;
  return t.has(key) ? t(key) : t("timeline.unknown", { action: entry.action });
}

/** Extra facts from the entry's details that a reader needs: the version, the advice deadline. */
function notes(entry: TimelineEntry, t: Translate, date: (d: Date) => string): string[] {
  const d = entry.details ?? {};
  const out: string[] = [];
  if (typeof d.versionNumber === "number") out.push(t("timeline.versionNote", { number: d.versionNumber }));
  if (typeof d.adviceDeadline === "string" && !Number.isNaN(Date.parse(d.adviceDeadline))) {
    out.push(t("timeline.deadline", { date: date(new Date(d.adviceDeadline)) }));
  }
  return out;
}

/** The survey's history, newest first, with who and when (Dutch dates, Amsterdam time). */
export async function SurveyTimeline({
  entries,
  headingLevel = 2,
}: {
  entries: TimelineEntry[];
  headingLevel?: 2 | 3;
}) {
  const [t, format] = await Promise.all([getTranslations("lifecycle"), getFormatter()]);
  const Heading = `h${headingLevel}` as "h2";
  const dateOnly = (value: Date) => format.dateTime(value, { dateStyle: "long" });
  return (
    <section className="survey-section" aria-labelledby="timeline-title">
      <Heading id="timeline-title">{t("timeline.title")}</Heading>
      <p>{t("timeline.intro")}</p>
      {entries.length === 0 ? (
        <p>{t("timeline.empty")}</p>
      ) : (
        <ol className="timeline">
          {entries.map((entry) => {
            const extra = notes(entry, t, dateOnly);
            return (
              <li key={entry.id} data-action={entry.action}>
                <p className="timeline__what">
                  {describeEntry(entry, t)}
                  {extra.length > 0 ? ` (${extra.join(", ")})` : null}
                </p>
                <p className="timeline__meta">
                  <time dateTime={entry.at.toISOString()}>
                    {format.dateTime(entry.at, { dateStyle: "long", timeStyle: "short" })}
                  </time>
                  {", "}
                  {t("timeline.by", { name: entry.actorName ?? t("timeline.system") })}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
