import { z } from "zod";

/*
 * The microdata export's form (a plain POST to the export route): which file format, and whether
 * the file for publication or the internal research file. Messages are next-intl keys in
 * messages/<locale>/results.json.
 */

export const MICRODATA_FORMATS = ["csv", "xlsx"] as const;
export type MicrodataFormat = (typeof MICRODATA_FORMATS)[number];

/** The export form's fields: the format, and "1" for the file for publication ("0": internal). */
export const microdataExportRequestSchema = z.object({
  format: z.enum(MICRODATA_FORMATS, "results.export.errors.format"),
  forPublication: z
    .union([z.literal("1"), z.literal("0"), z.literal("")])
    .optional()
    .transform((value) => value === "1"),
});
