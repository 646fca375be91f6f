import { z } from "zod";
import { MAX_LETTER_CODE_BATCH } from "./letter-code-format";
import { panelIdSchema } from "./schema";

/** Staff: a new batch of letter codes. Messages are next-intl keys in the "panel" namespace. */
export const letterCodeBatchSchema = z.object({
  panelId: panelIdSchema,
  size: z.preprocess(
    (value) => {
      if (typeof value !== "string") return value;
      const digits = value.trim().replace(/\./g, "");
      return digits === "" ? undefined : Number(digits);
    },
    z
      .number({
        error: (issue) =>
          issue.input === undefined
            ? "panel.letterCodes.validation.sizeRequired"
            : "panel.letterCodes.validation.sizeInvalid",
      })
      .int("panel.letterCodes.validation.sizeInvalid")
      .min(1, "panel.letterCodes.validation.sizeInvalid")
      .max(MAX_LETTER_CODE_BATCH, "panel.letterCodes.validation.sizeInvalid"),
  ),
  note: z.string().trim().max(200, "panel.letterCodes.validation.noteTooLong").default(""),
});
export type LetterCodeBatchInput = z.input<typeof letterCodeBatchSchema>;
