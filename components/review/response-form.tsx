"use client";

import { useTranslations } from "next-intl";
import { Choice, ChoiceGroup } from "@/components/forms/choice-fields";
import { FieldFrame, TextareaField } from "@/components/forms/form-field";
import { DraftForm, useDraftErrors, useDraftForm } from "@/components/review/draft-form";
import { SaveOrSendButtons } from "@/components/review/save-or-send-buttons";
import type { ServerAction } from "@/lib/accounts/client";
import { responseFormSchema, VERDICTS, type Verdict } from "@/lib/review/client";

export type ResponseFormValues = {
  surveyId: number;
  adviceId: number;
  introduction: string;
  points: { pointId: number; verdict: Verdict | ""; explanation: string; handledInVersionId: string }[];
};

export type ResponsePointInfo = {
  id: number;
  number: number;
  body: string;
  /** "Vraag 3: …" for each linked question. */
  questions: string[];
};

/**
 * Staff's official response: for every advice point a verdict and, where the advice is not or
 * only partly followed, the reasons (Awb 3:50) — refused without them here and on the server
 * with the same zod schema. "Opslaan" keeps a draft; "Definitief maken" needs every point answered
 * and freezes the response.
 */
export function ResponseForm({
  action,
  initial,
  points,
  versions,
  baseUpdatedAt,
}: {
  action: ServerAction<{ status: "draft" | "final" }>;
  initial: ResponseFormValues;
  points: ResponsePointInfo[];
  versions: { id: number; number: number }[];
  baseUpdatedAt: number;
}) {
  const t = useTranslations("review.response");
  const tf = useTranslations("review.form");
  const tv = useTranslations("review.verdict");
  const draft = useDraftForm(action, responseFormSchema, initial);
  const { register } = draft.form;

  const fieldIds: [string, string][] = [["introduction", "response-introduction"]];
  points.forEach((_, index) => {
    fieldIds.push([`points.${index}.verdict`, `response-point-${index}-verdict`]);
    fieldIds.push([`points.${index}.explanation`, `response-point-${index}-explanation`]);
    fieldIds.push([`points.${index}.handledInVersionId`, `response-point-${index}-version`]);
  });
  const { errorFor, head } = useDraftErrors(draft, Object.fromEntries(fieldIds));

  return (
    <DraftForm
      {...head}
      className="review-form response-form"
      name="response"
      savedText={t("saved")}
      baseUpdatedAt={baseUpdatedAt}
      hidden={
        <>
          <input type="hidden" defaultValue={initial.surveyId} {...register("surveyId")} />
          <input type="hidden" defaultValue={initial.adviceId} {...register("adviceId")} />
        </>
      }
    >
      <TextareaField
        id="response-introduction"
        label={t("introduction")}
        help={t("introductionHelp")}
        error={errorFor("introduction")}
        rows={4}
        defaultValue={initial.introduction}
        {...register("introduction")}
      />
      <ol className="response-points">
        {points.map((point, index) => {
          return (
            <li key={point.id}>
              <fieldset className="response-point" data-point={point.number}>
                <legend className="advice-point__legend">{t("pointLegend", { number: point.number })}</legend>
                <blockquote className="response-point__advice">
                  <p className="advice-doc__text">{point.body}</p>
                  {point.questions.length > 0 ? (
                    <p className="advice-doc__label">
                      {t("aboutQuestions", { questions: point.questions.join("; ") })}
                    </p>
                  ) : null}
                </blockquote>
                <input type="hidden" defaultValue={point.id} {...register(`points.${index}.pointId`)} />
                <ChoiceGroup
                  id={`response-point-${index}-verdict`}
                  legend={t("verdictLegend", { number: point.number })}
                  legendClassName="field__label"
                  requiredLabel={tf("requiredToFinalize")}
                  error={errorFor(`points.${index}.verdict`)}
                >
                  {VERDICTS.map((verdict, position) => {
                    const id =
                      position === 0
                        ? `response-point-${index}-verdict`
                        : `response-point-${index}-${verdict}`;
                    return (
                      <Choice
                        key={verdict}
                        id={id}
                        type="radio"
                        label={tv(verdict)}
                        value={verdict}
                        defaultChecked={initial.points[index]?.verdict === verdict}
                        {...register(`points.${index}.verdict`)}
                      />
                    );
                  })}
                </ChoiceGroup>
                <TextareaField
                  id={`response-point-${index}-explanation`}
                  label={t("explanation", { number: point.number })}
                  requiredLabel={tf("requiredWhenNotAdopted")}
                  help={t("explanationHelp")}
                  error={errorFor(`points.${index}.explanation`)}
                  rows={4}
                  defaultValue={initial.points[index]?.explanation ?? ""}
                  {...register(`points.${index}.explanation`)}
                />
                <FieldFrame
                  id={`response-point-${index}-version`}
                  label={t("handledIn", { number: point.number })}
                  help={t("handledInHelp")}
                  error={errorFor(`points.${index}.handledInVersionId`)}
                >
                  {(describedBy) => (
                    <select
                      id={`response-point-${index}-version`}
                      className="select select--inline"
                      aria-describedby={describedBy}
                      defaultValue={initial.points[index]?.handledInVersionId ?? ""}
                      {...register(`points.${index}.handledInVersionId`)}
                    >
                      <option value="">{t("noVersion")}</option>
                      {versions.map((version) => (
                        <option key={version.id} value={String(version.id)}>
                          {t("versionOption", { number: version.number })}
                        </option>
                      ))}
                    </select>
                  )}
                </FieldFrame>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <SaveOrSendButtons
        intent={draft.intent}
        help={t("finalizeHelp")}
        saveLabel={t("save")}
        send="finalize"
        sendLabel={t("finalize")}
      />
    </DraftForm>
  );
}
