import { getTranslations } from "next-intl/server";
import { describeCondition } from "@/components/surveys/survey-diff/condition-text";
import type { Question, SurveyDefinition } from "@/lib/surveys";

/**
 * One question as a reader of the draft needs it: what residents are asked, how they answer
 * (the answer options, the scale, limits), whether it is required, and when it is shown. Text
 * only, no form controls: the Adviesraad reads the draft, it does not fill it in.
 */
export async function QuestionDocument({
  question,
  definition,
}: {
  question: Question;
  definition: SurveyDefinition;
}) {
  const [t, tDiff] = await Promise.all([
    getTranslations("review.document"),
    getTranslations("lifecycle.diff"),
  ]);
  const facts: string[] = [t(`types.${question.type}`)];
  if (question.required) facts.push(t("required"));
  if (question.type === "multiple_choice" && question.maxSelected) {
    facts.push(t("maxSelected", { count: question.maxSelected }));
  }
  if (question.type === "number") {
    if (question.min !== undefined && question.max !== undefined) {
      facts.push(t("numberRange", { min: question.min, max: question.max }));
    } else if (question.min !== undefined) facts.push(t("numberMin", { min: question.min }));
    else if (question.max !== undefined) facts.push(t("numberMax", { max: question.max }));
    if (question.unit) facts.push(t("unit", { unit: question.unit }));
  }
  if (question.type === "short_text" || question.type === "long_text") {
    facts.push(t("maxLength", { count: question.maxLength }));
  }
  const options = "options" in question ? question.options.map((o) => o.label) : [];
  if ((question.type === "single_choice" || question.type === "multiple_choice") && question.other) {
    options.push(t("other"));
  }
  if ((question.type === "single_choice" || question.type === "multiple_choice") && question.dontKnow) {
    options.push(t("dontKnow"));
  }

  return (
    <div className="question-doc__body">
      <p className="question-doc__facts">{facts.join(" · ")}</p>
      {question.help ? (
        <p className="question-doc__help">
          <span className="question-doc__label">{t("help")}</span> {question.help}
        </p>
      ) : null}
      {options.length > 0 ? (
        <>
          <p className="question-doc__label">
            {question.type === "ranking" ? t("rankingItems") : t("options")}
          </p>
          <ul className="question-doc__list">
            {options.map((label, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: option labels of a frozen version do not reorder
              <li key={index}>{label}</li>
            ))}
          </ul>
        </>
      ) : null}
      {question.type === "likert" ? (
        <>
          <p className="question-doc__label">{t("statements")}</p>
          <ul className="question-doc__list">
            {question.statements.map((s) => (
              <li key={s.id}>{s.text}</li>
            ))}
          </ul>
          <p className="question-doc__label">{t("scale")}</p>
          <p>
            {[...question.scale.map((o) => o.label), ...(question.dontKnow ? [t("dontKnow")] : [])].join(
              " · ",
            )}
          </p>
        </>
      ) : null}
      {question.type === "rating" ? (
        <p>
          {t("ratingScale", {
            min: question.minLabel ?? t("ratingMinDefault"),
            max: question.maxLabel ?? t("ratingMaxDefault"),
          })}
        </p>
      ) : null}
      {question.visibleIf ? (
        <p className="question-doc__condition">
          <span className="question-doc__label">{t("shownWhen")}</span>{" "}
          {describeCondition(question.visibleIf, definition, (key, values) => tDiff(key, values))}
        </p>
      ) : null}
    </div>
  );
}
