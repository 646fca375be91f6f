import type { DownloadLabels } from "./table-downloads";

/** Download labels for tests: short Dutch words, the mark "x" for a hidden figure. */
export const testDownloadLabels: DownloadLabels = {
  columns: [
    "Nr",
    "Vraag",
    "Stelling",
    "Uitsplitsing",
    "Groep",
    "Antwoord",
    "Aantal",
    "Procent",
    "Gewogen",
    "Waarde",
  ],
  overall: "Totaal",
  hidden: "x",
  withheld: "niet gepubliceerd",
  dontKnow: "Weet niet",
  other: "Anders",
  answered: "Aantal antwoorden",
  mean: "Gemiddelde",
  median: "Mediaan",
  weightedMean: "Gewogen gemiddelde",
  meanPosition: "Gemiddelde plaats",
  rankedFirst: (label) => `Op 1: ${label}`,
  band: (from, to) => (from === to ? String(from) : `${from}–${to}`),
  dimension: (dimension) => (dimension === "district" ? "Wijk" : dimension),
  group: (_dimension, _value, label) => label,
};
