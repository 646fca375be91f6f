import { z } from "zod";

/*
 * A survey's analysis settings (db/schema/results.ts `result_settings`): the disclosure threshold
 * k, the smallest group with a published mean, and weighting. One schema for the settings form (react-hook-form in the browser) and its
 * server action. Messages are next-intl keys in messages/<locale>/results.json.
 */

export const WEIGHTING_METHODS = ["none", "raking"] as const;
export type WeightingMethod = (typeof WEIGHTING_METHODS)[number];

/** k: never below 3 (issue 5); above 50 a municipal survey would publish hardly anything. */
export const MIN_CELL_SIZE = { min: 3, max: 50, default: 5 } as const;
/**
 * Means and medians only for groups of at least this many answers (a rounded mean of a few answers
 * fixes their sum). Never below k in force (lib/results/publication-build.ts).
 */
export const MIN_MEAN_GROUP = { min: 5, max: 100, default: 10 } as const;
/** Weights are trimmed to [low, high] times the mean weight. */
export const TRIM_LOW = { min: 0.05, max: 1, default: 0.3 } as const;
export const TRIM_HIGH = { min: 1, max: 20, default: 3 } as const;

/** Text from a form: trimmed, with a Dutch decimal comma read as a point ("0,3" → "0.3"). */
const numberText = (message: string) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.trim().replace(",", ".") : value),
    z.union([z.literal("").transform(() => Number.NaN), z.coerce.number(message)]).pipe(z.number(message)),
  );

export const resultSettingsSchema = z
  .object({
    surveyId: z.coerce.number("results.settings.errors.surveyUnknown").int().positive(),
    minCellSize: numberText("results.settings.errors.kInvalid").pipe(
      z
        .number()
        .int("results.settings.errors.kInvalid")
        .min(MIN_CELL_SIZE.min, "results.settings.errors.kInvalid")
        .max(MIN_CELL_SIZE.max, "results.settings.errors.kInvalid"),
    ),
    minMeanGroup: numberText("results.settings.errors.meanInvalid").pipe(
      z
        .number()
        .int("results.settings.errors.meanInvalid")
        .min(MIN_MEAN_GROUP.min, "results.settings.errors.meanInvalid")
        .max(MIN_MEAN_GROUP.max, "results.settings.errors.meanInvalid"),
    ),
    weighting: z.enum(WEIGHTING_METHODS, "results.settings.errors.weightingRequired"),
    trimLow: numberText("results.settings.errors.trimLowInvalid").pipe(
      z
        .number()
        .min(TRIM_LOW.min, "results.settings.errors.trimLowInvalid")
        .max(TRIM_LOW.max, "results.settings.errors.trimLowInvalid"),
    ),
    trimHigh: numberText("results.settings.errors.trimHighInvalid").pipe(
      z
        .number()
        .min(TRIM_HIGH.min, "results.settings.errors.trimHighInvalid")
        .max(TRIM_HIGH.max, "results.settings.errors.trimHighInvalid"),
    ),
  })
  .refine((value) => value.trimLow < value.trimHigh, {
    path: ["trimHigh"],
    message: "results.settings.errors.trimOrder",
  });

export type ResultSettingsInput = z.output<typeof resultSettingsSchema>;
export type ResultSettingsFormValues = z.input<typeof resultSettingsSchema>;
