import { getTranslations } from "next-intl/server";
import type { QuestionDiff } from "@/lib/surveys";
import { type DiffContext, FieldChangeView } from "./field-change-view";
import { WholeTextMark } from "./text-diff-view";

export type HeadingLevel = 2 | 3 | 4 | 5;

export function Heading({ level, children, id }: { level: number; children: React.ReactNode; id?: string }) {
  const Tag = `h${Math.min(Math.max(level, 2), 6)}` as "h2";
  return <Tag id={id}>{children}</Tag>;
}

/** Whether a question's entry has anything to show: new, gone, moved or changed. */
export function questionHasChanges(question: QuestionDiff): boolean {
  return question.change !== "kept" || question.moved !== null || question.changes.length > 0;
}

/** Visible labels, not colour alone: "Nieuw", "Verwijderd", "Verplaatst", "Gewijzigd". */
export async function DiffBadges({ kinds }: { kinds: ("added" | "removed" | "moved" | "changed")[] }) {
  const t = await getTranslations("lifecycle.diff.badge");
  return (
    <>
      {kinds.map((kind) => (
        <span key={kind} className={`diff-badge diff-badge--${kind}`}>
          {t(kind)}
        </span>
      ))}
    </>
  );
}

export async function QuestionDiffView({
  question,
  context,
  level,
}: {
  question: QuestionDiff;
  context: DiffContext;
  level: number;
}) {
  const t = await getTranslations("lifecycle.diff");
  const kinds: ("added" | "removed" | "moved" | "changed")[] = [];
  if (question.change === "added") kinds.push("added");
  if (question.change === "removed") kinds.push("removed");
  if (question.moved) kinds.push("moved");
  if (question.changes.length > 0) kinds.push("changed");
  const text = question.question.text;
  const move = question.moved;
  return (
    <li className={`diff-question diff-question--${question.change}`} data-question-id={question.id}>
      <div className="diff-question__head">
        <Heading level={level}>
          {question.change === "removed" ? (
            <WholeTextMark kind="removed" text={text} label={t("removed")} />
          ) : question.change === "added" ? (
            <WholeTextMark kind="added" text={text} label={t("added")} />
          ) : (
            text
          )}
        </Heading>
        <DiffBadges kinds={kinds} />
      </div>
      {question.change !== "kept" ? (
        <p className="muted">{t("questionType", { type: t(`types.${question.question.type}`) })}</p>
      ) : null}
      {move ? (
        <p>
          {move.otherPage
            ? t("movedOtherPage", {
                page: move.fromPageTitle,
                from: move.fromIndex + 1,
                to: move.toIndex + 1,
              })
            : t("movedSamePage", { from: move.fromIndex + 1, to: move.toIndex + 1 })}
        </p>
      ) : null}
      {question.changes.length > 0 ? (
        <dl className="diff-fields">
          {question.changes.map((change) => (
            <FieldChangeView key={change.field} change={change} context={context} />
          ))}
        </dl>
      ) : null}
    </li>
  );
}
