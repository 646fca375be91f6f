"use client";

import { useTranslations } from "next-intl";
import { controlDomId, type Question } from "@/lib/surveys/client";
import type { FieldProps } from "./field-props";

type TextQuestion = Extract<Question, { type: "short_text" | "long_text" }>;

/**
 * Short and long open answers. No maxLength attribute: the browser would cut off pasted text
 * silently; the server refuses text that is too long and says so.
 */
export function TextField({ question, initial, register, errors, describedBy }: FieldProps<TextQuestion>) {
  const t = useTranslations("survey");
  const id = controlDomId(question);
  const hintId = `${id}-lengte`;
  const common = {
    id,
    defaultValue: initial as string,
    "aria-invalid": errors.length > 0 || undefined,
    "aria-describedby": [describedBy, hintId].filter(Boolean).join(" "),
    "aria-required": question.required || undefined,
    ...register(question.id as never),
  };
  return (
    <div>
      {question.type === "long_text" ? (
        <textarea className="textarea" rows={6} {...common} />
      ) : (
        <input className="input" type="text" autoComplete="off" {...common} />
      )}
      <p className="field__help" id={hintId}>
        {t("maxLength", { max: question.maxLength })}
      </p>
    </div>
  );
}
