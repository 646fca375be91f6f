// Plausible answers for a page of the demo survey, chosen the way a resident would fill in the
// form without JavaScript: a realistic mix of answered and skipped questions, valid values only.
// The seeded generator is the demo data's (mulberry32: the same seed picks the same answers).
import { pick, shuffle } from "@/lib/demo/generated-answers";
import { type Random, seededRandom } from "@/lib/random/seeded-random";
import type { FormControl, HtmlForm } from "./html-form";

const OTHER = "_anders";
const DONT_KNOW = "_weet_niet";
/** The demo survey's number questions do not put min/max in the HTML (inputmode=numeric text fields). */
const NUMBER_RANGES: Record<string, [number, number]> = {
  leeftijd: [12, 110],
  "vrijwilligerswerk-uren": [0, 300],
};
const REQUIRED = new Set(["hulp-gezocht"]);
const TEXTS = [
  "Meer plekken in de wijk om elkaar te ontmoeten.",
  "Sneller antwoord van het wijkteam.",
  "Duidelijke informatie op één plek, ook op papier.",
  "Ik weet niet goed waar ik moet beginnen.",
];

export { type Random, seededRandom };

/** Question id of a control: "huishouden.choice" → "huishouden"; "leeftijd" → "leeftijd". */
const questionOf = (name: string) => name.split(".")[0];
const isAnswerControl = (c: FormControl) =>
  c.kind !== "hidden" && c.kind !== "submit" && c.name !== undefined;

/** The values chosen per control name; kept per page so a re-post (follow-up questions) repeats them. */
export type PageChoices = Map<string, string[]>;

function chooseForQuestion(
  random: Random,
  questionId: string,
  controls: FormControl[],
  choices: PageChoices,
): void {
  const answer = REQUIRED.has(questionId) || random() < 0.8;
  const byName = new Map<string, FormControl[]>();
  for (const c of controls) byName.set(c.name as string, [...(byName.get(c.name as string) ?? []), c]);
  const selects = controls.filter((c) => c.kind === "select");
  const isRanking = selects.length > 1;
  const ranks = isRanking
    ? shuffle(
        random,
        selects.map((_, i) => String(i + 1)),
      )
    : [];
  let otherChosen = false;

  for (const [name, group] of byName) {
    const first = group[0];
    if (!answer || name.endsWith(".other")) {
      choices.set(
        name,
        first.kind === "select" || first.kind === "text" || first.kind === "textarea" ? [""] : [],
      );
      continue;
    }
    if (first.kind === "radio") {
      const values = group.map((c) => ("value" in c ? c.value : ""));
      // Likert statements and ratings: now and then one is skipped.
      const skip = name.includes(".") && !name.endsWith(".choice") && random() < 0.1;
      const ordinary = values.filter((v) => v !== OTHER);
      const value = values.includes(OTHER) && random() < 0.1 ? OTHER : pick(random, ordinary);
      if (value === OTHER) otherChosen = true;
      choices.set(name, skip ? [] : [value]);
    } else if (first.kind === "checkbox") {
      const values = group.map((c) => ("value" in c ? c.value : ""));
      const ordinary = values.filter((v) => v !== OTHER && v !== DONT_KNOW);
      let picked: string[];
      if (values.includes(DONT_KNOW) && random() < 0.05) picked = [DONT_KNOW];
      else {
        // At most three in all: the demo's "pick at most 3" question has no limit in its HTML.
        const withOther = values.includes(OTHER) && random() < 0.1;
        picked = shuffle(random, ordinary).slice(0, 1 + Math.floor(random() * (withOther ? 2 : 3)));
        if (withOther) picked.push(OTHER);
      }
      if (picked.includes(OTHER)) otherChosen = true;
      choices.set(name, picked);
    } else if (first.kind === "select") {
      if (isRanking) choices.set(name, [ranks[selects.indexOf(first)]]);
      else {
        const options = first.options.map((o) => o.value).filter((v) => v !== "");
        choices.set(name, [pick(random, options)]);
      }
    } else if (first.kind === "text" && first.inputMode === "numeric") {
      const [min, max] = NUMBER_RANGES[questionId] ?? [0, 10];
      choices.set(name, [String(min + Math.floor(random() * (max - min + 1)))]);
    } else if (first.kind === "text" || first.kind === "textarea") {
      choices.set(name, [random() < 0.35 ? pick(random, TEXTS) : ""]);
    }
  }
  const otherName = `${questionId}.other`;
  if (otherChosen && byName.has(otherName)) choices.set(otherName, ["Iets anders"]);
}

/**
 * The fields a browser would post for this form after the resident filled it in and pressed the
 * button with this value: every hidden field (Next's $ACTION_ fields included), text fields even
 * when empty, the selected option of each select, and only the checked radios and checkboxes.
 */
export function fillForm(
  form: HtmlForm,
  random: Random,
  choices: PageChoices,
  intent = "next",
): [string, string][] {
  const answerControls = form.controls.filter(isAnswerControl);
  const byQuestion = new Map<string, FormControl[]>();
  for (const c of answerControls) {
    const q = questionOf(c.name as string);
    byQuestion.set(q, [...(byQuestion.get(q) ?? []), c]);
  }
  for (const [questionId, controls] of byQuestion) {
    if (!controls.every((c) => choices.has(c.name as string)))
      chooseForQuestion(random, questionId, controls, choices);
  }

  const fields: [string, string][] = [];
  const emitted = new Set<string>();
  for (const c of form.controls) {
    if (c.kind === "submit") continue;
    if (c.kind === "hidden") {
      fields.push([c.name, c.value]);
      continue;
    }
    const chosen = choices.get(c.name) ?? [];
    if (c.kind === "radio" || c.kind === "checkbox") {
      if (chosen.includes(c.value)) fields.push([c.name, c.value]);
    } else if (!emitted.has(c.name)) {
      emitted.add(c.name);
      fields.push([c.name, chosen[0] ?? ""]);
    }
  }
  const button = form.controls.find((c) => c.kind === "submit" && c.value === intent);
  if (button?.kind === "submit" && button.name) fields.push([button.name, button.value]);
  return fields;
}
