"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { type BuilderForm, builderFieldId, skipPromiseWarning } from "@/lib/surveys/client";

/**
 * Warns, while staff edit, when the start or privacy text promises that questions may be skipped
 * and some questions are required anyway; each links to that question's "required" checkbox.
 * A warning, not a refusal: saving still works.
 */
export function SkipPromiseNotice() {
  const t = useTranslations("builder.editor");
  const [intro, privacy, pages] = useWatch<BuilderForm, ["intro", "privacy", "pages"]>({
    name: ["intro", "privacy", "pages"],
  });
  const warning = skipPromiseWarning({ intro, privacy, pages });
  if (!warning) return null;
  return (
    <section className="alert alert--warning" aria-labelledby="skip-promise-title">
      <h2 id="skip-promise-title">{t("skipPromiseTitle")}</h2>
      <p>{t("skipPromiseText", { where: warning.where, sentence: warning.sentence })}</p>
      <ul>
        {warning.required.map((q) => (
          <li key={`${q.page}-${q.question}`}>
            <a href={`#${builderFieldId(`pages.${q.page}.questions.${q.question}.required`)}`}>
              {t("skipPromiseQuestion", { page: q.page + 1, question: q.question + 1, text: q.text || q.id })}
            </a>
          </li>
        ))}
      </ul>
      <p>{t("skipPromiseFix")}</p>
    </section>
  );
}
