"use client";

import type { QuestionType } from "@/lib/surveys/client";
import { ChoiceSettings } from "./choice-settings";
import { LikertSettings } from "./likert-settings";
import { NumberSettings } from "./number-settings";
import { OptionsSettings } from "./options-settings";
import { RatingSettings } from "./rating-settings";
import { TextSettings } from "./text-settings";

/** The settings panel of a question's type. */
export function QuestionSettings({ path, type }: { path: string; type: QuestionType }) {
  switch (type) {
    case "single_choice":
      return <ChoiceSettings path={path} multiple={false} />;
    case "multiple_choice":
      return <ChoiceSettings path={path} multiple />;
    case "likert":
      return <LikertSettings path={path} />;
    case "rating":
      return <RatingSettings path={path} />;
    case "number":
      return <NumberSettings path={path} />;
    case "short_text":
    case "long_text":
      return <TextSettings path={path} />;
    case "dropdown":
      return <OptionsSettings path={path} />;
    case "ranking":
      return <OptionsSettings path={path} ranking />;
  }
}
