"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext } from "react-hook-form";
import { type BuilderForm, builderFieldId, newPage, newQuestion, nextNumberedId } from "@/lib/surveys/client";
import { useFieldError } from "./builder-errors";
import { useListActions } from "./item-actions";
import { useAnnounce } from "./live-region";
import { PageEditor } from "./page-editor";
import { useDefaultScale } from "./use-default-scale";

/** Every page of the survey, in order, and adding a page (with one open question to start from). */
export function PageList() {
  const t = useTranslations("builder");
  const { getValues } = useFormContext<BuilderForm>();
  const { fields, append, move, remove } = useFieldArray<BuilderForm, "pages", "fieldKey">({
    name: "pages",
    keyName: "fieldKey",
  });
  const scale = useDefaultScale();
  const announce = useAnnounce();
  const listError = useFieldError("pages");
  const actions = useListActions({
    listPath: "pages",
    count: fields.length,
    move,
    remove,
    minimum: 1,
    messages: {
      moved: (position, count) => t("page.moved", { position, count }),
      alreadyFirst: t("page.alreadyFirst"),
      alreadyLast: t("page.alreadyLast"),
      removed: (index) => t("page.removed", { number: index + 1 }),
      cannotRemove: t("page.lastOne"),
    },
  });

  const add = () => {
    const pages = getValues("pages");
    const number = pages.length + 1;
    const question = newQuestion(
      nextNumberedId("vraag", new Set(pages.flatMap((p) => p.questions.map((q) => q.id)))),
      "short_text",
      scale,
    );
    const page = newPage(
      nextNumberedId("pagina", new Set(pages.map((p) => p.id))),
      t("page.newTitle", { number }),
      question,
    );
    append(page, { shouldFocus: true, focusName: `pages.${pages.length}.title` });
    announce(t("page.added", { number }));
  };

  return (
    <section aria-labelledby="builder-pages-title" className="builder-pages">
      <h2 id="builder-pages-title">{t("editor.pagesTitle")}</h2>
      {listError ? <p className="field__error">{listError}</p> : null}
      {fields.map((field, index) => (
        <PageEditor key={field.fieldKey} index={index} actions={actions} />
      ))}
      <button
        type="button"
        className="button button--secondary"
        id={builderFieldId("pages.add")}
        onClick={add}
      >
        {t("page.add")}
      </button>
    </section>
  );
}
