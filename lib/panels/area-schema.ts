import { z } from "zod";
import { nestFormFields } from "@/lib/http/form-fields";
import { AGE_GROUPS } from "./age-groups";
import { isPostcode4 } from "./postcode";

/*
 * The zod schemas of the district table and the population figures (the "area" of a panel's
 * members), shared by the staff forms and their server actions; re-exported from ./schema.ts.
 * Messages are next-intl keys in messages/<locale>/panels.json.
 */

// ---- District table ----------------------------------------------------------------------------

export const postcode4Schema = z
  .string("panels.validation.postcode4Required")
  .trim()
  .min(1, "panels.validation.postcode4Required")
  .refine(isPostcode4, "panels.validation.postcode4Invalid");

export const districtNameSchema = z
  .string("panels.validation.districtRequired")
  .trim()
  .min(1, "panels.validation.districtRequired")
  .max(100, "panels.validation.districtTooLong");

export const districtSchema = z.object({ postcode4: postcode4Schema, district: districtNameSchema });
export type DistrictInput = z.infer<typeof districtSchema>;

/** Editing a row: `originalPostcode4` names the row, so the postcode itself can change too. */
export const districtUpdateSchema = districtSchema.extend({ originalPostcode4: postcode4Schema });
export const districtDeleteSchema = z.object({ postcode4: postcode4Schema });

// ---- Population figures ------------------------------------------------------------------------

export const POPULATION_SEXES = ["man", "vrouw"] as const;
export const POPULATION_MAX = 10_000_000;

const countSchema = z.preprocess(
  (value) => (typeof value === "string" ? value.trim().replace(/\./g, "") : value),
  z
    .union([z.literal(""), z.coerce.number()])
    .pipe(
      z
        .number("panels.validation.countInvalid")
        .int("panels.validation.countInvalid")
        .min(0, "panels.validation.countInvalid")
        .max(POPULATION_MAX, "panels.validation.countInvalid"),
    ),
);

/** Field name of an age group × sex cell in the population form: `ageSex.35-49|vrouw`. */
export function ageSexCategory(ageGroup: string, sex: string): string {
  return `${ageGroup}|${sex}`;
}

/** Every cell of the age group × sex table, in table order. */
export const AGE_SEX_CATEGORIES = AGE_GROUPS.flatMap((group) =>
  POPULATION_SEXES.map((sex) => ageSexCategory(group, sex)),
);

/**
 * The population form: every age group × sex cell (0 allowed), a count per district, and the
 * source. Posted names are flat (`ageSex.35-49|vrouw`, `districts.0.name`, `districts.0.count`),
 * as a browser without JavaScript sends them; district names go in a field of their own because
 * they may contain dots.
 */
export const populationFiguresSchema = z.preprocess(
  nestFormFields,
  z
    .object({
      source: z
        .string("panels.validation.sourceRequired")
        .trim()
        .min(1, "panels.validation.sourceRequired")
        .max(500, "panels.validation.sourceTooLong"),
      ageSex: z.object(Object.fromEntries(AGE_SEX_CATEGORIES.map((category) => [category, countSchema]))),
      districts: z
        .array(z.object({ name: districtNameSchema, count: countSchema }))
        .max(500)
        .default([]),
    })
    .superRefine((input, ctx) => {
      const seen = new Set<string>();
      input.districts.forEach((district, index) => {
        if (seen.has(district.name))
          ctx.addIssue({
            code: "custom",
            path: ["districts", index, "name"],
            message: "panels.validation.districtTwice",
          });
        seen.add(district.name);
      });
    }),
);
export type PopulationFiguresInput = z.output<typeof populationFiguresSchema>;
