import { describe, expect, it } from "vitest";
import { sociaalDomeinDefinition } from "@/lib/demo/oosterhout-sociaal-domein";
import { skipPromiseWarning } from "./skip-promise";

const page = (questions: { id: string; text: string; required?: boolean }[]) => ({ questions });

describe("skipPromiseWarning", () => {
  const pages = [
    page([{ id: "wijk", text: "Waar woont u?" }]),
    page([
      { id: "tips", text: "Tips?" },
      { id: "hulp", text: "Hulp gezocht?", required: true },
    ]),
  ];

  it("names the required questions when the privacy text promises every question may be skipped", () => {
    const privacy =
      "Wij bewaren alleen uw antwoorden. Daarom is beantwoorden niet verplicht: u mag elke vraag overslaan. Dank u.";
    expect(skipPromiseWarning({ intro: "Welkom.", privacy, pages })).toEqual({
      where: "privacy",
      sentence: "Daarom is beantwoorden niet verplicht: u mag elke vraag overslaan.",
      required: [{ id: "hulp", text: "Hulp gezocht?", page: 1, question: 1 }],
    });
  });

  it("reads the start text too", () => {
    const warning = skipPromiseWarning({
      intro: "Vragen die u niet wilt beantwoorden, mag u leeg laten.",
      pages,
    });
    expect(warning).toMatchObject({ where: "intro", required: [{ id: "hulp" }] });
  });

  it("says nothing when no question is required, or when nothing is promised", () => {
    const optional = [page([{ id: "hulp", text: "Hulp gezocht?" }])];
    expect(skipPromiseWarning({ privacy: "U mag elke vraag overslaan.", pages: optional })).toBeNull();
    expect(
      skipPromiseWarning({ intro: "Vul alle vragen in.", privacy: "Wij bewaren uw antwoorden.", pages }),
    ).toBeNull();
  });

  it("does not mistake other words for the promise", () => {
    expect(skipPromiseWarning({ intro: "Het is verplicht om in Oosterhout te wonen.", pages })).toBeNull();
  });

  it("finds the demo survey consistent: its privacy text promises skipping, and no question is required", () => {
    expect(sociaalDomeinDefinition.privacy).toMatch(/overslaan/);
    expect(skipPromiseWarning(sociaalDomeinDefinition)).toBeNull();
    const required = {
      ...sociaalDomeinDefinition,
      pages: sociaalDomeinDefinition.pages.map((p, i) =>
        i === 2
          ? { ...p, questions: p.questions.map((q, j) => (j === 0 ? { ...q, required: true } : q)) }
          : p,
      ),
    };
    expect(skipPromiseWarning(required)).toMatchObject({
      where: "privacy",
      required: [{ id: "hulp-gezocht" }],
    });
  });
});
