import { describe, expect, it } from "vitest";
import { findBlockedChanges } from "./edit-guard";
import { base, codes, edited, question } from "./edit-guard-test-support";
import { sampleQuestions } from "./test-definitions";

describe("findBlockedChanges without responses", () => {
  it("allows everything, even removing pages and changing types", () => {
    const after = edited((d) => {
      d.pages.splice(1, 1);
      d.pages[0].questions[0] = { ...sampleQuestions.score, required: false } as never;
    });
    expect(findBlockedChanges(base(), after, { hasResponses: false })).toEqual([]);
  });
});

describe("findBlockedChanges with responses: allowed", () => {
  it("allows the same definition", () => {
    expect(codes(base())).toEqual([]);
  });

  it("allows wording: titles, texts, labels, help, intro and closing", () => {
    const after = edited((d) => {
      d.title = "Wonen, zorg en welzijn";
      d.intro = "Nieuwe intro";
      d.closing = "Bedankt!";
      d.pages[0].title = "Over uzelf";
      d.pages[0].intro = "Eerst iets over u.";
      question(d, "gender", "single_choice").text = "Hoe omschrijft u uw geslacht?";
      question(d, "gender", "single_choice").options[0].label = "Man of jongen";
      question(d, "gender", "single_choice").help = "U mag dit overslaan.";
      question(d, "grid", "likert").statements[0].text = "Ik voel me echt thuis.";
      question(d, "grid", "likert").scale[0].label = "Helemaal oneens";
    });
    expect(codes(after)).toEqual([]);
  });

  it("allows removing help and toggling required", () => {
    const after = edited((d) => {
      question(d, "gender", "single_choice").required = true;
      question(d, "age", "number").help = undefined;
    });
    expect(codes(after)).toEqual([]);
  });

  it("allows adding questions, pages, options, statements and scale points at the end", () => {
    const after = edited((d) => {
      d.pages[0].questions.push({ ...sampleQuestions.score, required: false } as never);
      d.pages.push({
        id: "extra",
        title: "Extra",
        questions: [{ id: "nieuw", type: "short_text", text: "Nog iets?" } as never],
      });
      question(d, "gender", "single_choice").options.push({ value: "anders-omschreven", label: "Anders" });
      question(d, "grid", "likert").statements.push({ id: "s3", text: "Nieuwe stelling" });
      question(d, "grid", "likert").scale.push({ value: "6", label: "6" });
      question(d, "support", "multiple_choice").dontKnow = true;
    });
    expect(codes(after)).toEqual([]);
  });

  it("allows reordering pages, questions (also across pages) and choice options", () => {
    const after = edited((d) => {
      d.pages.reverse();
      const [moved] = d.pages[2].questions.splice(0, 1);
      d.pages[0].questions.unshift(moved);
      question(d, "gender", "single_choice").options.reverse();
    });
    expect(codes(after)).toEqual([]);
  });

  it("allows widening ranges: lower minimum, no maximum, decimals, longer texts, more choices", () => {
    const after = edited((d) => {
      question(d, "age", "number").min = 0;
      question(d, "age", "number").max = undefined;
      question(d, "age", "number").integer = false;
      question(d, "name", "short_text").maxLength = 200;
      question(d, "support", "multiple_choice").maxSelected = undefined;
    });
    expect(codes(after)).toEqual([]);
  });

  it("allows changing conditions", () => {
    const after = edited((d) => {
      question(d, "story", "long_text").visibleIf = { question: "gender", operator: "equals", value: "man" };
    });
    expect(codes(after)).toEqual([]);
  });
});
