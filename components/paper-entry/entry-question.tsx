"use client";

import { useTranslations } from "next-intl";
import { type NumberedOption, numberedOptions } from "@/lib/fieldwork/client";
import { type AnswerError, controlDomId, fieldDomId, type Question } from "@/lib/surveys/client";
import { EchoedInput } from "./echoed-input";

/**
 * One question on the entry screen, laid out as on paper: its number, text and condition, the
 * numbered answers as printed, and a small text field for each thing the resident filled in (the
 * answer's number, a score, a rank, written text). The first field has the id the error summary
 * links to, as on the resident's page.
 */
export function EntryQuestion({
  question,
  number,
  condition,
  typed,
  errors,
  errorText,
}: {
  question: Question;
  number: number;
  /** The condition in words, when the question does not apply to everyone. */
  condition: string | null;
  typed: Record<string, string>;
  errors: AnswerError[];
  errorText: (error: AnswerError) => string;
}) {
  const t = useTranslations("entry");
  const options = numberedOptions(question);
  const optionsId = `${fieldDomId(question.id)}-antwoorden`;
  const errorId = `${fieldDomId(question.id)}-fout`;
  const label = (o: NumberedOption) =>
    o.kind === "other" ? t("other") : o.kind === "dontKnow" ? t("dontKnow") : o.label;
  const invalid = (field: string) => errors.some((e) => e.field === field) || undefined;
  const describedBy =
    [errors.length > 0 ? errorId : null, options.length > 0 ? optionsId : null].filter(Boolean).join(" ") ||
    undefined;

  /** What typed option numbers stand for, as the echo beside a field shows it. */
  const echoOptions = (typed: string) =>
    typed
      .split(/[\s,;]+/)
      .filter(Boolean)
      .map((n) => {
        const option = options.find((o) => String(o.number) === n);
        return option ? label(option) : "?";
      })
      .join(", ");

  const row = (
    id: string,
    name: string,
    text: string,
    extra: { numeric?: boolean; long?: boolean; echo?: boolean } = {},
  ) => (
    <div className="entry-question__row" key={name}>
      <label htmlFor={id}>{text}</label>
      {extra.long ? (
        <textarea
          id={id}
          name={name}
          className="textarea"
          rows={3}
          defaultValue={typed[name] ?? ""}
          aria-invalid={invalid(id)}
          aria-describedby={describedBy}
        />
      ) : extra.echo ? (
        <EchoedInput
          id={id}
          name={name}
          type="text"
          className="input input--short"
          inputMode={question.type === "multiple_choice" ? undefined : "numeric"}
          autoComplete="off"
          defaultValue={typed[name] ?? ""}
          aria-invalid={invalid(id)}
          aria-describedby={describedBy}
          echo={echoOptions}
        />
      ) : (
        <input
          id={id}
          name={name}
          type="text"
          className={extra.numeric ? "input input--short" : "input"}
          inputMode={extra.numeric ? "numeric" : undefined}
          autoComplete="off"
          defaultValue={typed[name] ?? ""}
          aria-invalid={invalid(id)}
          aria-describedby={describedBy}
        />
      )}
    </div>
  );

  const fields = (() => {
    switch (question.type) {
      case "single_choice":
      case "dropdown":
      case "multiple_choice": {
        const own = [
          row(
            controlDomId(question),
            question.id,
            question.type === "multiple_choice" ? t("entry.typeNumbers") : t("entry.typeNumber"),
            { echo: true },
          ),
        ];
        if (question.type !== "dropdown" && question.other)
          own.push(row(fieldDomId(question.id, "other"), `${question.id}.other`, t("entry.otherText")));
        return own;
      }
      case "likert":
        return question.statements.map((s, index) =>
          row(
            controlDomId(question, { part: s.id }),
            `${question.id}.${s.id}`,
            `${String.fromCharCode(97 + index)}. ${s.text}`,
            { echo: true },
          ),
        );
      case "ranking":
        return question.options.map((o) =>
          row(
            controlDomId(question, { part: o.value }),
            `${question.id}.${o.value}`,
            t("entry.typeRank", { option: o.label }),
            {
              numeric: true,
            },
          ),
        );
      case "rating":
        return [row(controlDomId(question), question.id, t("entry.typeRating"), { numeric: true })];
      case "number":
        return [
          row(
            controlDomId(question),
            question.id,
            question.unit ? `${t("entry.typeNumberValue")} (${question.unit})` : t("entry.typeNumberValue"),
            { numeric: true },
          ),
        ];
      default:
        return [
          row(controlDomId(question), question.id, t("entry.typeText"), {
            long: question.type === "long_text",
          }),
        ];
    }
  })();

  return (
    <fieldset className={errors.length > 0 ? "entry-question field--error" : "entry-question"}>
      <legend>
        {t("questionNumber", { number })}. {question.text}
      </legend>
      {condition ? <p className="paper-question__condition">{condition}</p> : null}
      {options.length > 0 ? (
        <p className="entry-question__options" id={optionsId}>
          {t("entry.options")}: {options.map((o) => `${o.number} ${label(o)}`).join(" · ")}
        </p>
      ) : null}
      {errors.length > 0 ? (
        <div className="field__error" id={errorId}>
          {errors.map((e) => (
            <p key={`${e.field}-${e.code}`}>{errorText(e)}</p>
          ))}
        </div>
      ) : null}
      {fields}
    </fieldset>
  );
}
