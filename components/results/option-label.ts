import { DONT_KNOW_VALUE, OTHER_VALUE } from "@/lib/surveys";
/**
 * The label of an answer option in words: the aggregation labels "anders, namelijk" with its
 * reserved value ("_anders") and "weet niet" with "_weet_niet"; the interface says them in the
 * reader's language.
 */
export function optionLabel(
  option: { value: string; label: string },
  words: { other: string; dontKnow: string },
): string {
  if (option.value === OTHER_VALUE && (option.label === OTHER_VALUE || option.label === ""))
    return words.other;
  if (option.value === DONT_KNOW_VALUE && (option.label === DONT_KNOW_VALUE || option.label === ""))
    return words.dontKnow;
  return option.label;
}
