"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { builderFieldId } from "@/lib/surveys/client";
import { VisibilityEditor } from "./conditions/visibility-editor";
import { CheckboxInput, LockedId, TextArea, TextInput } from "./fields";
import { ItemActions, type useListActions } from "./item-actions";
import { QuestionList } from "./question-list";

/** One page: title, code, intro, the Positieve Gezondheid block, its condition and its questions. */
export function PageEditor({
  index,
  actions,
}: {
  index: number;
  actions: ReturnType<typeof useListActions>;
}) {
  const t = useTranslations("builder.page");
  const path = `pages.${index}`;
  const [title, locked, id] = useWatch({ name: [`${path}.title`, `${path}.locked`, `${path}.id`] }) as [
    string,
    boolean,
    string,
  ];
  const number = index + 1;
  const headingId = `${builderFieldId(path)}-heading`;
  return (
    <section className="builder-page" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {title.trim() ? t("headingTitled", { number, title }) : t("heading", { number })}
      </h3>
      <TextInput path={`${path}.title`} label={t("titleLabel", { number })} required />
      {locked ? (
        <LockedId text={t("idLocked", { id })} />
      ) : (
        <TextInput
          path={`${path}.id`}
          label={t("idLabel", { number })}
          help={t("idHelp")}
          required
          spellCheck={false}
          autoComplete="off"
          className="input builder-input--id"
        />
      )}
      <TextArea path={`${path}.intro`} label={t("introLabel", { number })} rows={2} />
      <CheckboxInput path={`${path}.positiveHealth`} label={t("positiveHealth")} />
      <VisibilityEditor path={`${path}.visibility`} pageIndex={index} />
      <QuestionList pageIndex={index} />
      <ItemActions
        index={index}
        actions={actions}
        labels={{
          up: t("moveUp", { number }),
          down: t("moveDown", { number }),
          remove: t("remove", { number }),
        }}
      />
    </section>
  );
}
