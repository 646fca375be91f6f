"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import {
  CONDITION_OPERATORS,
  type ConditionOperator,
  type EarlierQuestion,
  operatorsFor,
} from "@/lib/surveys/client";
import { SelectInput } from "../fields";
import { RuleValue } from "./rule-value";

/** One rule: an earlier question, how its answer is compared (Dutch wording), and the value. */
export function ConditionRule({
  path,
  number,
  candidates,
  onRemove,
  removeId,
}: {
  path: string;
  /** "2", or "1.2" for the second rule of group 1. */
  number: string;
  candidates: EarlierQuestion[];
  onRemove: () => void;
  removeId: string;
}) {
  const t = useTranslations("builder");
  const [questionId, operator] = useWatch({ name: [`${path}.question`, `${path}.operator`] }) as [
    string,
    ConditionOperator | "",
  ];
  const target = candidates.find((c) => c.question.id === questionId)?.question;
  const operators = target ? operatorsFor(target.type) : CONDITION_OPERATORS;
  const stale = questionId !== "" && !target;

  return (
    <div className="builder-rule">
      <SelectInput path={`${path}.question`} label={t("condition.questionLabel", { number })} required>
        <option value="">
          {candidates.length > 0 ? t("condition.chooseQuestion") : t("condition.noEarlier")}
        </option>
        {candidates.map(({ question, pageIndex, questionIndex }) => (
          <option key={`${pageIndex}-${questionIndex}`} value={question.id}>
            {t("condition.questionOption", {
              place: `${pageIndex + 1}.${questionIndex + 1}`,
              text: question.text.trim() || question.id,
            })}
          </option>
        ))}
        {stale ? <option value={questionId}>{questionId}</option> : null}
      </SelectInput>
      {target?.type === "likert" ? (
        <SelectInput path={`${path}.statement`} label={t("condition.statementLabel", { number })} required>
          <option value="">{t("condition.chooseStatement")}</option>
          {target.statements
            .filter((s) => s.id !== "")
            .map((s) => (
              <option key={s.id} value={s.id}>
                {s.text || s.id}
              </option>
            ))}
        </SelectInput>
      ) : null}
      <SelectInput path={`${path}.operator`} label={t("condition.operatorLabel", { number })} required>
        <option value="">{t("condition.chooseOperator")}</option>
        {operators.map((op) => (
          <option key={op} value={op}>
            {t(`operators.${op}`)}
          </option>
        ))}
      </SelectInput>
      {target && operator && operators.includes(operator) ? (
        <RuleValue path={path} number={number} target={target} operator={operator} />
      ) : null}
      <button
        type="button"
        className="button button--secondary button--small"
        id={removeId}
        onClick={onRemove}
      >
        {t("condition.removeRule", { number })}
      </button>
    </div>
  );
}
