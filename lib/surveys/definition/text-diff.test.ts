import { describe, expect, it } from "vitest";
import { diffText, segmentsText, tokenize } from "./text-diff";

const same = (text: string) => ({ kind: "same", text });
const added = (text: string) => ({ kind: "added", text });
const removed = (text: string) => ({ kind: "removed", text });

describe("tokenize", () => {
  it("keeps words with inner apostrophes and hyphens whole, and punctuation and spaces apart", () => {
    expect(tokenize("Heeft u auto's, of het Sociaal-Wijkteam?  Ja.")).toEqual([
      "Heeft",
      " ",
      "u",
      " ",
      "auto's",
      ",",
      " ",
      "of",
      " ",
      "het",
      " ",
      "Sociaal-Wijkteam",
      "?",
      "  ",
      "Ja",
      ".",
    ]);
  });

  it("handles accents and digits as letters of a word", () => {
    expect(tokenize("Enquête 2026: één café")).toEqual([
      "Enquête",
      " ",
      "2026",
      ":",
      " ",
      "één",
      " ",
      "café",
    ]);
  });
});

describe("diffText", () => {
  it("marks one replaced word, with the spaces around it unchanged", () => {
    expect(diffText("Hoe zwaar is de zorg voor u?", "Hoe moeilijk is de zorg voor u?")).toEqual([
      same("Hoe "),
      removed("zwaar"),
      added("moeilijk"),
      same(" is de zorg voor u?"),
    ]);
  });

  it("marks an inserted word and a deleted word", () => {
    expect(diffText("Welke steun gebruikt u?", "Welke steun gebruikt u nu?")).toEqual([
      same("Welke steun gebruikt u"),
      added(" nu"),
      same("?"),
    ]);
    expect(diffText("Welke steun gebruikt u nu?", "Welke steun gebruikt u?")).toEqual([
      same("Welke steun gebruikt u"),
      removed(" nu"),
      same("?"),
    ]);
  });

  it("reads neighbouring replaced words as one change, not word by word", () => {
    expect(diffText("Zorgt u voor de kat?", "Zorgt u voor een hond?")).toEqual([
      same("Zorgt u voor "),
      removed("de kat"),
      added("een hond"),
      same("?"),
    ]);
  });

  it("keeps unchanged words between two separate changes", () => {
    expect(
      diffText("Mijn vader of moeder woont bij mij", "Mijn ouder of schoonouder woont bij mij thuis"),
    ).toEqual([
      same("Mijn "),
      removed("vader"),
      added("ouder"),
      same(" of "),
      removed("moeder"),
      added("schoonouder"),
      same(" woont bij mij"),
      added(" thuis"),
    ]);
  });

  it("sees a change of punctuation or capital letter", () => {
    expect(diffText("Geen steun.", "Geen steun!")).toEqual([same("Geen steun"), removed("."), added("!")]);
    expect(diffText("sociaal wijkteam", "Sociaal wijkteam")).toEqual([
      removed("sociaal"),
      added("Sociaal"),
      same(" wijkteam"),
    ]);
  });

  it("returns one 'same' segment for equal texts, and nothing for two empty ones", () => {
    expect(diffText("Gelijk gebleven.", "Gelijk gebleven.")).toEqual([same("Gelijk gebleven.")]);
    expect(diffText("", "")).toEqual([]);
  });

  it("shows a text that appears or disappears as a whole", () => {
    expect(diffText("", "Nieuwe hulptekst.")).toEqual([added("Nieuwe hulptekst.")]);
    expect(diffText("Oude hulptekst.", "")).toEqual([removed("Oude hulptekst.")]);
  });

  it("treats a totally different sentence as one replacement", () => {
    expect(diffText("Ja graag", "Nee dank u")).toEqual([removed("Ja graag"), added("Nee dank u")]);
  });

  it("notices changed whitespace, such as a new paragraph", () => {
    const segments = diffText("Eerste zin. Tweede zin.", "Eerste zin.\n\nTweede zin.");
    expect(segments).toEqual([same("Eerste zin."), removed(" "), added("\n\n"), same("Tweede zin.")]);
  });

  it("always gives back both texts exactly", () => {
    const pairs: [string, string][] = [
      ["Hoeveel uur per week zorgt u ongeveer?", "Hoeveel uren per week zorgt u, ongeveer?"],
      ["a b c d e f g", "g f e d c b a"],
      ["  spaties  voor en na  ", "spaties voor en na"],
      ["Wat vindt u van de WMO-voorzieningen in uw wijk?", "Wat vindt u van de Wmo in uw buurt of wijk?"],
      ["één, twee; drie: vier!", "een, twee, drie. vier?"],
      ["", "x"],
    ];
    for (const [before, after] of pairs) {
      const segments = diffText(before, after);
      expect(segmentsText(segments, "before")).toBe(before);
      expect(segmentsText(segments, "after")).toBe(after);
      // No empty segments, and never two neighbours of the same kind.
      for (const [i, s] of segments.entries()) {
        expect(s.text).not.toBe("");
        if (i > 0) expect(s.kind).not.toBe(segments[i - 1].kind);
      }
    }
  });

  it("gives back both texts for many random edits, with no more changed words than needed", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const vocabulary = ["de", "zorg", "u", "wijk", ",", ".", "?", "hulp", "Wmo", "auto's", "één"];
    const sentence = (length: number) =>
      Array.from({ length }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(" ");
    for (let i = 0; i < 200; i++) {
      const before = sentence(Math.floor(random() * 12));
      const words = before.split(" ");
      if (random() < 0.5) words.splice(Math.floor(random() * words.length), 1);
      if (random() < 0.5) words.splice(Math.floor(random() * words.length), 0, "nieuw");
      const after = words.join(" ");
      const segments = diffText(before, after);
      expect(segmentsText(segments, "before")).toBe(before);
      expect(segmentsText(segments, "after")).toBe(after);
      // One deleted and one inserted word touch at most two runs of changes.
      expect(segments.filter((s) => s.kind === "added").length).toBeLessThanOrEqual(2);
    }
  });

  it("finds the minimal change in long texts, and gives up gracefully when they differ throughout", () => {
    const words = Array.from({ length: 3000 }, (_, i) => `woord${i}`);
    const before = words.join(" ");
    const changed = [...words];
    changed[10] = "begin";
    changed[2990] = "eind";
    const after = changed.join(" ");
    const segments = diffText(before, after);
    expect(segments.filter((s) => s.kind !== "same")).toEqual([
      removed("woord10"),
      added("begin"),
      removed("woord2990"),
      added("eind"),
    ]);

    const other = words.map((w) => `${w}x`).join(" ");
    const coarse = diffText(before, other);
    expect(coarse).toEqual([removed(before), added(other)]);
  });
});
