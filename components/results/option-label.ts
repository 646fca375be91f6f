/**
 * The label of an answer option in words: the aggregation labels "anders, namelijk" with its
 * reserved value ("_anders") and "weet niet" with "_weet_niet"; the interface says them in the
 * reader's language.
 */
export function optionLabel(
  option: { value: string; label: string },
  words: { other: string; dontKnow: string },
): string {
  if (option.value === "_anders" && (option.label === "_anders" || option.label === "")) return words.other;
  if (option.value === "_weet_niet" && (option.label === "_weet_niet" || option.label === ""))
    return words.dontKnow;
  return option.label;
}
