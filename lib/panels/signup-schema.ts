import { z } from "zod";
import { normalizeLetterCode } from "./letter-code-format";
import { memberEmailSchema, memberProfileSchema } from "./schema";

/*
 * The zod schemas of the public panel forms (sign-up, sign-in link, own profile): the browser
 * checks with them through zodResolver, the server actions with the same ones. Messages are
 * next-intl keys in the "panel" namespace (these forms) and "panels" (the profile fields, from
 * lib/panels/schema.ts). No database imports: client components import this file.
 */

const slugSchema = z
  .string("panel.validation.panelRequired")
  .trim()
  .min(1, "panel.validation.panelRequired")
  .max(100, "panel.validation.panelRequired");

/** Optional: empty is no code; otherwise it must read as a letter code, stored in canonical form. */
export const letterCodeInputSchema = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  z
    .string()
    .transform((value, ctx) => {
      const code = normalizeLetterCode(value);
      if (code) return code;
      ctx.addIssue({ code: "custom", message: "panel.validation.codeInvalid" });
      return z.NEVER;
    })
    .optional(),
);

/** A checkbox: checked sends "ja" (FormData) or true (react-hook-form); anything else is no consent. */
const consentSchema = z.preprocess(
  (value) => (value === "ja" || value === true ? "ja" : undefined),
  z.literal("ja", "panel.validation.consentRequired"),
);

/** Joining a panel, with or without a letter code. The panel's minimum age is checked on the server. */
export const signupSchema = memberProfileSchema.extend({
  panel: slugSchema,
  code: letterCodeInputSchema,
  consent: consentSchema,
});
export type SignupFormInput = z.input<typeof signupSchema>;
export type SignupInput = z.output<typeof signupSchema>;

/** Asking for a sign-in link. */
export const loginRequestSchema = z.object({ email: memberEmailSchema });
export type LoginRequestInput = z.input<typeof loginRequestSchema>;

/** A member's own profile: the same fields as staff see, the email changing only after confirmation. */
export const ownProfileSchema = memberProfileSchema;
export type OwnProfileInput = z.input<typeof ownProfileSchema>;

/** A mailed token in a form (confirm sign-up, sign in, confirm address). */
export const mailedTokenSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{22}$/, "panel.validation.linkInvalid"),
});

/** Leaving needs an explicit confirmation on the form. */
export const leaveSchema = z.object({
  confirm: z.preprocess(
    (value) => (value === "ja" || value === true ? "ja" : undefined),
    z.literal("ja", "panel.validation.leaveConfirmRequired"),
  ),
});

export const emptySchema = z.object({});
