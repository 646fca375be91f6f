import { describe, expect, it } from "vitest";
import { findBlockedChanges } from "./edit-guard";
import { base, codes, edited, question } from "./edit-guard-test-support";

describe("findBlockedChanges with responses: refused", () => {
  it("refuses removing a question, naming page and question", () => {
    const changes = findBlockedChanges(
      base(),
      edited((d) => {
        d.pages[0].questions.splice(1, 1);
      }),
      { hasResponses: true },
    );
    expect(changes).toEqual([
      {
        code: "question_removed",
        pageId: "over-u",
        pageNumber: 1,
        pageTitle: "Over u",
        questionId: "age",
        questionText: "Hoe oud bent u?",
      },
    ]);
  });

  it("refuses removing a page, and reports its questions as removed too", () => {
    const after = edited((d) => {
      d.pages.splice(2, 1);
    });
    expect(codes(after)).toEqual(["page_removed", "question_removed", "question_removed"]);
  });

  it("refuses changing a page id", () => {
    const changes = findBlockedChanges(
      base(),
      edited((d) => {
        d.pages[1].id = "steun";
      }),
      { hasResponses: true },
    );
    expect(changes).toMatchObject([
      { code: "page_id_changed", from: "hulp", to: "steun", path: "pages.1.id" },
    ]);
  });

  it("refuses changing a question id, reported as a change rather than a removal", () => {
    const changes = findBlockedChanges(
      base(),
      edited((d) => {
        question(d, "age", "number").id = "leeftijd";
      }),
      { hasResponses: true },
    );
    expect(changes).toMatchObject([
      {
        code: "question_id_changed",
        questionId: "age",
        from: "age",
        to: "leeftijd",
        path: "pages.0.questions.1.id",
      },
    ]);
  });

  it("refuses changing a question's type", () => {
    const changes = findBlockedChanges(
      base(),
      edited((d) => {
        d.pages[1].questions[2] = {
          ...question(d, "district", "dropdown"),
          type: "single_choice",
          other: false,
          dontKnow: false,
        } as never;
      }),
      { hasResponses: true },
    );
    expect(changes).toMatchObject([
      {
        code: "type_changed",
        questionId: "district",
        from: "dropdown",
        to: "single_choice",
        path: "pages.1.questions.2.type",
      },
    ]);
  });

  it("refuses removing an option, and changing an option's value", () => {
    const removed = edited((d) => {
      question(d, "district", "dropdown").options.splice(1, 1);
    });
    expect(findBlockedChanges(base(), removed, { hasResponses: true })).toMatchObject([
      { code: "option_removed", questionId: "district", from: "noord", label: "NOORD" },
    ]);
    const renamed = edited((d) => {
      question(d, "order", "ranking").options[2].value = "inkomen";
    });
    expect(findBlockedChanges(base(), renamed, { hasResponses: true })).toMatchObject([
      {
        code: "option_value_changed",
        questionId: "order",
        from: "geld",
        to: "inkomen",
        path: "pages.2.questions.1.options.2.value",
      },
    ]);
  });

  it("refuses switching off 'anders, namelijk' and 'weet niet'", () => {
    const after = edited((d) => {
      question(d, "support", "multiple_choice").other = false;
      question(d, "grid", "likert").dontKnow = false;
    });
    expect(codes(after)).toEqual(["other_removed", "dont_know_removed"]);
  });

  it("refuses removing or renaming a Likert statement", () => {
    const after = edited((d) => {
      const grid = question(d, "grid", "likert");
      grid.statements = [{ id: "s1", text: "Ik voel me thuis in mijn wijk." }];
    });
    expect(findBlockedChanges(base(), after, { hasResponses: true })).toMatchObject([
      { code: "statement_removed", from: "s2", label: "Ik weet waar ik hulp kan vinden." },
    ]);
    const renamed = edited((d) => {
      question(d, "grid", "likert").statements[1].id = "hulp-vinden";
    });
    expect(codes(renamed)).toEqual(["statement_id_changed"]);
  });

  it("refuses removing, renaming, reordering or inserting scale points", () => {
    expect(
      codes(
        edited((d) => {
          question(d, "grid", "likert").scale.pop();
        }),
      ),
    ).toEqual(["scale_point_removed"]);
    expect(
      codes(
        edited((d) => {
          question(d, "grid", "likert").scale[4].value = "vijf";
        }),
      ),
    ).toEqual(["scale_value_changed"]);
    expect(
      codes(
        edited((d) => {
          question(d, "grid", "likert").scale.reverse();
        }),
      ),
    ).toEqual(["scale_reordered"]);
    expect(
      codes(
        edited((d) => {
          question(d, "grid", "likert").scale.splice(2, 0, { value: "neutraal", label: "Neutraal" });
        }),
      ),
    ).toEqual(["scale_reordered"]);
  });

  it("refuses narrowing a number range, whole numbers only, a shorter text and fewer choices", () => {
    const changes = findBlockedChanges(
      base(),
      edited((d) => {
        question(d, "age", "number").min = 18;
        question(d, "age", "number").max = 99;
        question(d, "story", "long_text").maxLength = 50;
        question(d, "support", "multiple_choice").maxSelected = 2;
      }),
      { hasResponses: true },
    );
    expect(changes.map((c) => [c.questionId, c.setting, c.from, c.to])).toEqual([
      ["age", "min", "12", "18"],
      ["age", "max", "120", "99"],
      ["support", "maxSelected", undefined, "2"],
      ["story", "maxLength", "100", "50"],
    ]);
    const decimals = structuredClone(base());
    question(decimals, "age", "number").integer = false;
    const whole = structuredClone(decimals);
    question(whole, "age", "number").integer = true;
    expect(findBlockedChanges(decimals, whole, { hasResponses: true }).map((c) => c.setting)).toEqual([
      "integer",
    ]);
  });

  it("refuses setting a maximum where there was none", () => {
    const after = edited((d) => {
      question(d, "age", "number").max = undefined;
    });
    const narrowed = structuredClone(after);
    question(narrowed, "age", "number").max = 150;
    expect(findBlockedChanges(after, narrowed, { hasResponses: true })).toMatchObject([
      { code: "range_narrowed", setting: "max", to: "150" },
    ]);
  });

  it("reports every problem at once", () => {
    const after = edited((d) => {
      d.pages[0].questions.splice(0, 1);
      question(d, "district", "dropdown").options.pop();
      question(d, "name", "short_text").maxLength = 10;
    });
    expect(codes(after)).toEqual(["question_removed", "range_narrowed", "option_removed"]);
  });
});
