"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFieldArray } from "react-hook-form";
import { TextareaField } from "@/components/forms/form-field";
import { DraftForm, useDraftErrors, useDraftForm } from "@/components/review/draft-form";
import { SaveOrSendButtons } from "@/components/review/save-or-send-buttons";
import type { ServerAction } from "@/lib/accounts/client";
import { adviceFormSchema, POINTS_MAX } from "@/lib/review/client";
import { AdvicePointFields, type QuestionChoice } from "./advice-point-fields";

export type AdviceFormValues = {
  surveyId: number;
  roundId: number;
  introduction: string;
  points: { body: string; questionIds: string[] }[];
};

/**
 * The Adviesraad's advice: an introduction and numbered points, each optionally about questions
 * of the shared version. Points are added, removed and moved with buttons (keyboard friendly).
 * "Opslaan" keeps a draft the other members see too; "Indienen" sends it to the municipality,
 * after which it cannot change. Checked in the browser with the server's zod schema.
 */
export function AdviceForm({
  action,
  initial,
  baseUpdatedAt,
  questions,
}: {
  action: ServerAction<{ status: "draft" | "submitted"; savedAt: string }>;
  initial: AdviceFormValues;
  /** When the draft was last saved (0: never); a save from an older state is refused. */
  baseUpdatedAt: number;
  questions: QuestionChoice[];
}) {
  const t = useTranslations("review.advice");
  const tf = useTranslations("review.form");
  const draft = useDraftForm(action, adviceFormSchema, initial);
  const { register, control, setFocus } = draft.form;
  const [announcement, setAnnouncement] = useState("");
  const { fields, append, remove, move } = useFieldArray({ control, name: "points" });

  const fieldIds: [string, string][] = [
    ["introduction", "advice-introduction"],
    ["points", "advice-add-point"],
  ];
  fields.forEach((_, index) => {
    fieldIds.push([`points.${index}.body`, `advice-point-${index}-body`]);
    fieldIds.push([`points.${index}.questionIds`, `advice-point-${index}-questions`]);
  });
  const { errorFor, head } = useDraftErrors(draft, Object.fromEntries(fieldIds));

  const moveTo = (from: number, to: number) => {
    move(from, to);
    setAnnouncement(t("moved", { from: from + 1, to: to + 1 }));
  };

  return (
    <DraftForm
      {...head}
      className="review-form advice-form"
      name="advice"
      savedText={t("saved")}
      baseUpdatedAt={baseUpdatedAt}
      hidden={
        <>
          <input type="hidden" defaultValue={initial.surveyId} {...register("surveyId")} />
          <input type="hidden" defaultValue={initial.roundId} {...register("roundId")} />
        </>
      }
    >
      <TextareaField
        id="advice-introduction"
        label={t("introduction")}
        requiredLabel={tf("requiredToSubmit")}
        help={t("introductionHelp")}
        error={errorFor("introduction")}
        rows={6}
        defaultValue={initial.introduction}
        {...register("introduction")}
      />
      <h2 id="advice-points-title">{t("pointsTitle")}</h2>
      <p>{t("pointsHelp")}</p>
      {errorFor("points") ? (
        <p className="field__error" id="advice-points-error">
          {errorFor("points")}
        </p>
      ) : null}
      <ol className="advice-points" aria-labelledby="advice-points-title">
        {fields.map((field, index) => (
          <li key={field.id}>
            <AdvicePointFields
              initial={field}
              index={index}
              count={fields.length}
              register={register}
              control={control}
              questions={questions}
              bodyError={errorFor(`points.${index}.body`)}
              questionsError={errorFor(`points.${index}.questionIds`)}
              onMove={moveTo}
              onRemove={(at) => {
                remove(at);
                setAnnouncement(t("removed", { number: at + 1 }));
                // Focus goes somewhere sensible instead of the body when the button disappears.
                requestAnimationFrame(() => document.getElementById("advice-add-point")?.focus());
              }}
            />
          </li>
        ))}
      </ol>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {fields.length < POINTS_MAX ? (
        <button
          type="button"
          id="advice-add-point"
          className="button button--secondary"
          onClick={() => {
            append({ body: "", questionIds: [] }, { shouldFocus: false });
            setAnnouncement(t("added", { number: fields.length + 1 }));
            requestAnimationFrame(() => setFocus(`points.${fields.length}.body`));
          }}
        >
          {t("addPoint")}
        </button>
      ) : (
        <p id="advice-add-point" tabIndex={-1}>
          {t("maxPoints", { max: POINTS_MAX })}
        </p>
      )}
      <SaveOrSendButtons
        intent={draft.intent}
        help={t("submitHelp")}
        saveLabel={t("save")}
        send="submit"
        sendLabel={t("submit")}
      />
    </DraftForm>
  );
}
