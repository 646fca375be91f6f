import { z } from "zod";

/** Definition files are small; 1 MB leaves room for 50 pages of 100 questions and keeps uploads cheap. */
export const MAX_DEFINITION_FILE_BYTES = 1024 * 1024;

/** An uploaded definition file, for a new survey or (with surveyId and revision) to replace a draft's questions. */
export const importDefinitionSchema = z.object({
  file: z
    .instanceof(File, { error: "builder.import.fileRequired" })
    .refine((file) => file.size > 0, { error: "builder.import.fileRequired" })
    .refine((file) => file.size <= MAX_DEFINITION_FILE_BYTES, { error: "builder.import.fileTooLarge" }),
  surveyId: z.coerce.number().int().positive().optional(),
  revision: z.coerce.number().int().positive().optional(),
});
