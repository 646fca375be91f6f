import { getTranslations } from "next-intl/server";
import { conditionWords, numberedOptions } from "@/lib/fieldwork/client";
import type { Question, SurveyDefinition } from "@/lib/surveys/client";
import { conditionSentence } from "./condition-sentence";

/** A box to tick (or, for ranking, to write a number in): drawn, not a form control. */
const Box = () => <span className="paper-box" aria-hidden="true" />;

/**
 * One question as it prints: its number and text, what to do ("Kies één antwoord"), the
 * condition in words with question numbers, and boxes to tick or lines to write on. The option
 * numbers printed beside the boxes are the numbers staff type on the entry screen.
 */
export async function PaperQuestion({
  question,
  number,
  definition,
}: {
  question: Question;
  number: number;
  definition: SurveyDefinition;
}) {
  const t = await getTranslations("entry");
  const options = numberedOptions(question);
  const label = (o: (typeof options)[number]) =>
    o.kind === "other" ? t("other") : o.kind === "dontKnow" ? t("dontKnow") : o.label;
  const instruction = (() => {
    switch (question.type) {
      case "single_choice":
      case "dropdown":
        return t("paper.pickOne");
      case "multiple_choice":
        return question.maxSelected
          ? t("paper.pickAtMost", { count: question.maxSelected })
          : t("paper.pickMany");
      case "rating":
        return t("paper.rating");
      case "ranking":
        return question.rankCount ? t("paper.rankingTop", { count: question.rankCount }) : t("paper.ranking");
      case "number":
        return question.min !== undefined && question.max !== undefined
          ? t("paper.numberRange", { min: question.min, max: question.max })
          : t("paper.number");
      default:
        return null;
    }
  })();

  return (
    <div className="paper-question">
      <h4 className="paper-question__text">
        <span className="paper-question__number">{t("questionNumber", { number })}</span> {question.text}
      </h4>
      {question.visibleIf ? (
        <p className="paper-question__condition">
          {conditionSentence(conditionWords(question.visibleIf, definition), (k, v) => t(k, v))}
        </p>
      ) : null}
      {question.help ? <p className="paper-question__help">{question.help}</p> : null}
      {instruction ? <p className="paper-question__instruction">{instruction}</p> : null}
      {question.required ? <p className="paper-question__instruction">{t("paper.required")}</p> : null}

      {question.type === "single_choice" ||
      question.type === "multiple_choice" ||
      question.type === "dropdown" ? (
        <ul className="paper-options">
          {options.map((o) => (
            <li key={o.value}>
              <Box /> <span className="paper-options__number">{o.number}</span> {label(o)}
              {o.kind === "other" ? (
                <span className="paper-line paper-line--inline" aria-hidden="true" />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}

      {question.type === "likert" ? (
        <table className="paper-likert">
          <thead>
            <tr>
              <th scope="col">{t("paper.likertStatement")}</th>
              {options.map((o) => (
                <th scope="col" key={o.value}>
                  <span className="paper-options__number">{o.number}</span> {label(o)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {question.statements.map((s, index) => (
              <tr key={s.id}>
                <th scope="row">
                  {String.fromCharCode(97 + index)}. {s.text}
                </th>
                {options.map((o) => (
                  <td key={o.value}>
                    <Box />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      {question.type === "rating" ? (
        <>
          <ul className="paper-scale">
            {Array.from({ length: 11 }, (_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the scale 0–10 never reorders
              <li key={i}>
                <Box /> {i}
              </li>
            ))}
          </ul>
          {question.minLabel || question.maxLabel ? (
            <p className="paper-question__help">
              0 = {question.minLabel ?? ""} · 10 = {question.maxLabel ?? ""}
            </p>
          ) : null}
        </>
      ) : null}

      {question.type === "ranking" ? (
        <ul className="paper-options">
          {question.options.map((o) => (
            <li key={o.value}>
              <Box /> {o.label}
            </li>
          ))}
        </ul>
      ) : null}

      {question.type === "number" ? (
        <p>
          <span className="paper-line paper-line--short" aria-hidden="true" /> {question.unit ?? ""}
        </p>
      ) : null}

      {question.type === "short_text" || question.type === "long_text" ? (
        <div className="paper-lines" aria-hidden="true">
          {Array.from({ length: question.type === "long_text" ? 5 : 1 }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: blank lines to write on
            <span key={i} className="paper-line" />
          ))}
        </div>
      ) : null}
    </div>
  );
}
