import { describe, expect, it } from "vitest";
import { findEmails } from "./email";

const texts = (text: string) => findEmails(text).map((f) => f.text);

describe("findEmails", () => {
  it.each([
    ["Mail me op jan.devries58@gmail.com als er iets is.", "jan.devries58@gmail.com"],
    ["E-mailadres: PietJansen@Live.nl", "PietJansen@Live.nl"],
    ["naar willem+zorg@xs4all.nl.", "willem+zorg@xs4all.nl"],
    ["via info@wijkteam-oosterhout.nl", "info@wijkteam-oosterhout.nl"],
    ["stuur naar a.kuijpers(at)gmail.com want spam", "a.kuijpers(at)gmail.com"],
    ["mail: j.peters @ gmail.com", "j.peters @ gmail.com"],
  ])("finds the address in %j", (text, expected) => {
    expect(texts(text)).toEqual([expected]);
  });

  it.each([
    "Ik mail wel een keer @gemeente.",
    "Versie 1.2@3.4 van het formulier",
    "Bereikbaar @ het wijkcentrum",
    "Ik ben bij de at-bank geweest.",
  ])("finds nothing in %j", (text) => {
    expect(findEmails(text)).toEqual([]);
  });

  it("gives UTF-16 offsets into the input", () => {
    const text = "Zoë: zoe@home.nl";
    const [finding] = findEmails(text);
    expect(text.slice(finding.start, finding.end)).toBe("zoe@home.nl");
    expect(finding).toMatchObject({ kind: "email", start: 5, end: 16 });
  });
});
