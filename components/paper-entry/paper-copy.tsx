import { getTranslations } from "next-intl/server";
import { conditionWords, questionNumbers } from "@/lib/fieldwork/client";
import type { SurveyDefinition } from "@/lib/surveys/client";
import { conditionSentence } from "./condition-sentence";
import { PaperQuestion } from "./paper-question";

/**
 * One printed questionnaire: its response code at the top, the intro and privacy text, every
 * page and question in order (a page that only applies to some residents says so in words), and
 * the end. Each copy starts on a new sheet.
 */
export async function PaperCopy({
  definition,
  code,
  large,
}: {
  definition: SurveyDefinition;
  code: string;
  large: boolean;
}) {
  const t = await getTranslations("entry");
  const numbers = questionNumbers(definition);
  return (
    <article
      className={large ? "paper-copy paper-copy--large" : "paper-copy"}
      aria-label={t("paper.copyLabel", { code })}
    >
      <div className="paper-copy__head">
        <h2>{definition.title}</h2>
        <p className="paper-code">
          {t("paper.code")}: <strong className="paper-code__value">{code}</strong>
        </p>
      </div>
      <p className="paper-copy__code-note">{t("paper.codeNote")}</p>
      <p className="paper-copy__text">{definition.intro}</p>
      <h3>{t("paper.privacyTitle")}</h3>
      <p className="paper-copy__text">{definition.privacy}</p>
      <p className="paper-copy__how">{t("paper.howTo")}</p>
      {definition.pages.map((page) => (
        <section key={page.id} className="paper-page">
          <h3>{page.title}</h3>
          {page.visibleIf ? (
            <p className="paper-question__condition">
              {conditionSentence(conditionWords(page.visibleIf, definition), (k, v) => t(k, v))}
            </p>
          ) : null}
          {page.intro ? <p className="paper-copy__text">{page.intro}</p> : null}
          {page.questions.map((question) => (
            <PaperQuestion
              key={question.id}
              question={question}
              number={numbers.get(question.id) ?? 0}
              definition={definition}
            />
          ))}
        </section>
      ))}
      <p className="paper-copy__end">{t("paper.end")}</p>
      <p className="paper-code">
        {t("paper.code")}: <strong>{code}</strong>
      </p>
    </article>
  );
}
