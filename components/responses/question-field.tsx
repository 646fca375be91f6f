"use client";

import type { UseFormRegister, UseFormSetValue } from "react-hook-form";
import type { AnswerError, FormValue, PageFormValues, Question } from "@/lib/surveys/client";
import { ChoiceField } from "./fields/choice-field";
import { DropdownField } from "./fields/dropdown-field";
import { LikertField } from "./fields/likert-field";
import { NumberField } from "./fields/number-field";
import { RankingField } from "./fields/ranking-field";
import { RatingField } from "./fields/rating-field";
import { TextField } from "./fields/text-field";
import { describedByFor, QuestionFrame } from "./question-frame";

const GROUPED = new Set(["single_choice", "multiple_choice", "likert", "rating", "ranking"]);

export function QuestionField(props: {
  question: Question;
  initial: FormValue;
  register: UseFormRegister<PageFormValues>;
  setValue?: UseFormSetValue<PageFormValues>;
  errors: AnswerError[];
  otherOpen: boolean;
}) {
  const { question, errors } = props;
  const field = { ...props, describedBy: describedByFor(question, errors) };
  return (
    <QuestionFrame question={question} errors={errors} group={GROUPED.has(question.type)}>
      {renderControl(field)}
    </QuestionFrame>
  );
}

function renderControl(props: Parameters<typeof QuestionField>[0] & { describedBy?: string }) {
  const { question } = props;
  switch (question.type) {
    case "single_choice":
    case "multiple_choice":
      return <ChoiceField {...props} question={question} />;
    case "likert":
      return <LikertField {...props} question={question} />;
    case "rating":
      return <RatingField {...props} question={question} />;
    case "number":
      return <NumberField {...props} question={question} />;
    case "short_text":
    case "long_text":
      return <TextField {...props} question={question} />;
    case "dropdown":
      return <DropdownField {...props} question={question} />;
    case "ranking":
      return <RankingField {...props} question={question} />;
  }
}
