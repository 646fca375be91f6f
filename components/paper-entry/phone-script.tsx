import { getTranslations } from "next-intl/server";
import { conditionWords, numberedOptions, questionNumbers } from "@/lib/fieldwork/client";
import type { Question, SurveyDefinition } from "@/lib/surveys/client";
import { conditionSentence } from "./condition-sentence";

/**
 * What staff read aloud on the phone: a greeting, the privacy text in spoken form, and every
 * question with its options to read out ("lees voor") and what to do when a resident does not
 * know. Boxes (.phone-read) hold the words to say; the rest is for the caller. The question and
 * option numbers are those of the entry screen, where the answers go.
 */
export async function PhoneScript({ definition }: { definition: SurveyDefinition }) {
  const t = await getTranslations("entry");
  const numbers = questionNumbers(definition);
  const translate = (key: string, values?: Record<string, string | number>) => t(key, values);

  const guidance = (question: Question): string => {
    const dontKnow = numberedOptions(question).find((o) => o.kind === "dontKnow");
    if (dontKnow) return t("phone.dontKnowAllowed", { number: dontKnow.number });
    return question.required ? t("phone.dontKnowRequired") : t("phone.dontKnowSkip");
  };

  const readAloud = (question: Question) => {
    const spoken = numberedOptions(question).filter((o) => o.kind !== "dontKnow");
    switch (question.type) {
      case "single_choice":
      case "multiple_choice":
      case "dropdown":
        return (
          <>
            <p>{t("phone.readOptions")}</p>
            <ol className="phone-read">
              {spoken.map((o) => (
                <li key={o.value} value={o.number}>
                  {o.kind === "other" ? t("other") : o.label}
                </li>
              ))}
            </ol>
          </>
        );
      case "likert":
        return (
          <>
            <p>{t("phone.readStatement")}</p>
            <ol className="phone-read" type="a">
              {question.statements.map((s) => (
                <li key={s.id}>{s.text}</li>
              ))}
            </ol>
            <p>{t("phone.readScale")}</p>
            <ol className="phone-read">
              {spoken.map((o) => (
                <li key={o.value} value={o.number}>
                  {o.label}
                </li>
              ))}
            </ol>
          </>
        );
      case "rating":
        return <p>{t("phone.readRating")}</p>;
      case "ranking":
        return (
          <>
            <p>
              {question.rankCount
                ? t("phone.readRankingTop", { count: question.rankCount })
                : t("phone.readRanking")}
            </p>
            <ul className="phone-read">
              {question.options.map((o) => (
                <li key={o.value}>{o.label}</li>
              ))}
            </ul>
          </>
        );
      case "short_text":
      case "long_text":
        return <p>{t("phone.openQuestion")}</p>;
      default:
        return null;
    }
  };

  return (
    <>
      <section className="survey-section" aria-labelledby="belscript-begroeting">
        <h2 id="belscript-begroeting">{t("phone.greetingTitle")}</h2>
        <div className="phone-read">
          <p>
            {definition.estimatedMinutes
              ? t("phone.greeting", { title: definition.title, minutes: definition.estimatedMinutes })
              : t("phone.greetingNoTime", { title: definition.title })}
          </p>
        </div>
        <h3>{t("phone.privacyTitle")}</h3>
        <div className="phone-read">
          <p>{t("phone.privacyLead")}</p>
          <p>{definition.privacy}</p>
        </div>
        <p>{t("phone.consent")}</p>
      </section>
      {definition.pages.map((page) => (
        <section key={page.id} className="survey-section" aria-labelledby={`belscript-${page.id}`}>
          <h2 id={`belscript-${page.id}`}>{page.title}</h2>
          {page.visibleIf ? (
            <p className="paper-question__condition">
              {conditionSentence(conditionWords(page.visibleIf, definition), translate)}
            </p>
          ) : null}
          {page.questions.map((question) => (
            <div key={question.id} className="phone-question">
              <h3>{t("questionNumber", { number: numbers.get(question.id) ?? 0 })}</h3>
              {question.visibleIf ? (
                <p className="paper-question__condition">
                  {conditionSentence(conditionWords(question.visibleIf, definition), translate)}
                </p>
              ) : null}
              <div className="phone-read">
                <p>{question.text}</p>
              </div>
              {readAloud(question)}
              <p>{guidance(question)}</p>
            </div>
          ))}
        </section>
      ))}
      <section className="survey-section" aria-labelledby="belscript-afsluiting">
        <h2 id="belscript-afsluiting">{t("phone.closingTitle")}</h2>
        <div className="phone-read">
          <p>{t("phone.closing")}</p>
        </div>
      </section>
    </>
  );
}
