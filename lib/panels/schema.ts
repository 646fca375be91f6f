import { z } from "zod";
import type { MemberStatus, Sex } from "@/lib/panels/types";
import { AGE_GROUPS } from "./age-groups";
import { normalizePostcode } from "./postcode";

/*
 * The zod schemas of the panel forms: react-hook-form's zodResolver uses them in the browser and
 * the server actions use the same ones on the server. Messages are next-intl keys in
 * messages/<locale>/panels.json (namespace "panels"); a client form that shows them needs that
 * namespace in its NextIntlClientProvider. Client components import this file: no database
 * imports at runtime (only types).
 */

// ---- Shared vocabularies --------------------------------------------------------------------------

/** Minimum ages in use by Dutch municipalities' panels. */
export const MIN_AGE_OPTIONS = [12, 16, 18] as const;
export type MinAge = (typeof MIN_AGE_OPTIONS)[number];

/** The sexes a member can choose, in the order forms offer them (equal to db/schema SEXES). */
export const SEX_OPTIONS = ["man", "vrouw", "anders", "zeg_ik_liever_niet"] as const;
type MissingSex = Exclude<Sex, (typeof SEX_OPTIONS)[number]>;
const _allSexesListed: MissingSex extends never ? true : MissingSex = true;
void _allSexesListed;

export const MEMBER_STATUS_OPTIONS = ["pending", "active", "paused", "left"] as const;
type MissingStatus = Exclude<MemberStatus, (typeof MEMBER_STATUS_OPTIONS)[number]>;
const _allStatusesListed: MissingStatus extends never ? true : MissingStatus = true;
void _allStatusesListed;

/** The oldest birth year a form accepts (nobody alive was born earlier). */
export const OLDEST_BIRTH_YEAR = 1900;

/**
 * Whether someone born in `birthYear` meets a panel's minimum age. Only the birth year is stored
 * (data minimisation), so this is the age reached in the current calendar year, the same rule as
 * the age groups (lib/panels/age-groups.ts).
 */
export function meetsMinAge(birthYear: number, minAge: number, at: Date = new Date()): boolean {
  return at.getFullYear() - birthYear >= minAge;
}

// ---- Fields ----------------------------------------------------------------------------------------

const id = (message: string) => z.coerce.number(message).int(message).positive(message);
export const panelIdSchema = id("panels.validation.panelUnknown");
export const memberIdSchema = id("panels.validation.memberUnknown");

/** Lower case, trimmed: the panel's unique key for a member. */
export const memberEmailSchema = z
  .string("panels.validation.emailRequired")
  .trim()
  .min(1, "panels.validation.emailRequired")
  .max(254, "panels.validation.emailInvalid")
  .pipe(z.email("panels.validation.emailInvalid"))
  .transform((email) => email.toLowerCase());

export const birthYearSchema = z.preprocess(
  (value) => {
    if (typeof value !== "string") return value;
    const trimmed = value.trim();
    return trimmed === "" ? undefined : Number(trimmed);
  },
  z
    .number({
      error: (issue) =>
        issue.input === undefined
          ? "panels.validation.birthYearRequired"
          : "panels.validation.birthYearInvalid",
    })
    .int("panels.validation.birthYearInvalid")
    .min(OLDEST_BIRTH_YEAR, "panels.validation.birthYearInvalid")
    .refine((year) => year <= new Date().getFullYear(), "panels.validation.birthYearInvalid"),
);

export const sexSchema = z.enum(SEX_OPTIONS, "panels.validation.sexRequired");

/** A Dutch postcode, stored as "1234 AB" whatever the spacing or case typed. */
export const postcodeSchema = z
  .string("panels.validation.postcodeRequired")
  .trim()
  .min(1, "panels.validation.postcodeRequired")
  .transform((value, ctx) => {
    const normalized = normalizePostcode(value);
    if (normalized) return normalized;
    ctx.addIssue({ code: "custom", message: "panels.validation.postcodeInvalid" });
    return z.NEVER;
  });

// ---- Member profile ----------------------------------------------------------------------------

/**
 * What a member gives about themselves, and nothing more: email, birth year, sex and postcode (the
 * district is derived from the postcode on the server). Used by staff, the sign-up form and the
 * member's own profile page; variants by `.pick/.omit/.extend`.
 */
export const memberProfileSchema = z.object({
  email: memberEmailSchema,
  birthYear: birthYearSchema,
  sex: sexSchema,
  postcode: postcodeSchema,
});
export type MemberProfileInput = z.input<typeof memberProfileSchema>;
export type MemberProfile = z.output<typeof memberProfileSchema>;

/** The profile checked against a panel's minimum age as well (the server knows the panel). */
export function memberProfileSchemaFor(minAge: number) {
  return memberProfileSchema.extend({
    birthYear: birthYearSchema.refine((year) => meetsMinAge(year, minAge), "panels.validation.tooYoung"),
  });
}

// ---- Panel settings ----------------------------------------------------------------------------

export const PANEL_TEXT_MAX = 20_000;
export const MAX_INVITATIONS_LIMIT = 52;

export const panelSettingsSchema = z.object({
  panelId: panelIdSchema,
  name: z
    .string("panels.validation.nameRequired")
    .trim()
    .min(1, "panels.validation.nameRequired")
    .max(200, "panels.validation.nameTooLong"),
  description: z
    .string("panels.validation.descriptionRequired")
    .trim()
    .min(1, "panels.validation.descriptionRequired")
    .max(PANEL_TEXT_MAX, "panels.validation.textTooLong"),
  privacyText: z
    .string("panels.validation.privacyTextRequired")
    .trim()
    .min(1, "panels.validation.privacyTextRequired")
    .max(PANEL_TEXT_MAX, "panels.validation.textTooLong"),
  minAge: z.coerce
    .number("panels.validation.minAgeInvalid")
    .refine(
      (value): value is MinAge => (MIN_AGE_OPTIONS as readonly number[]).includes(value),
      "panels.validation.minAgeInvalid",
    ),
  maxInvitationsPerYear: z.coerce
    .number("panels.validation.maxInvitationsInvalid")
    .int("panels.validation.maxInvitationsInvalid")
    .min(1, "panels.validation.maxInvitationsInvalid")
    .max(MAX_INVITATIONS_LIMIT, "panels.validation.maxInvitationsInvalid"),
});
export type PanelSettingsInput = z.input<typeof panelSettingsSchema>;
export type PanelSettings = z.output<typeof panelSettingsSchema>;

// ---- Member list and member actions -------------------------------------------------------------

const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

/** The member list's filters, from the query string; unknown values are dropped, not refused. */
export const memberFilterSchema = z.object({
  status: z.preprocess(emptyToUndefined, z.enum(MEMBER_STATUS_OPTIONS).optional()).catch(undefined),
  district: z.preprocess(emptyToUndefined, z.string().trim().max(100).optional()).catch(undefined),
  ageGroup: z.preprocess(emptyToUndefined, z.enum(AGE_GROUPS).optional()).catch(undefined),
  sex: z.preprocess(emptyToUndefined, z.enum(SEX_OPTIONS).optional()).catch(undefined),
  q: z.preprocess(emptyToUndefined, z.string().trim().toLowerCase().max(254).optional()).catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type MemberFilter = z.output<typeof memberFilterSchema>;

export const MEMBER_STATUS_CHANGES = ["pause", "reactivate", "remove"] as const;
export const memberStatusChangeSchema = z
  .object({
    panelId: panelIdSchema,
    memberId: memberIdSchema,
    change: z.enum(MEMBER_STATUS_CHANGES, "panels.validation.changeUnknown"),
    /** Removing deletes contact data at once and cannot be undone: staff tick a box first. */
    confirm: z
      .preprocess((value) => value === "on" || value === "true" || value === true, z.boolean())
      .optional(),
  })
  .superRefine((input, ctx) => {
    if (input.change === "remove" && !input.confirm)
      ctx.addIssue({ code: "custom", path: ["confirm"], message: "panels.validation.confirmRemove" });
  });
export type MemberStatusChangeInput = z.infer<typeof memberStatusChangeSchema>;

// District table and population figures: ./area-schema.ts (re-exported below).

// ---- CSV import ------------------------------------------------------------------------------

/** The CSV's columns (header row required, any order). */
export const CSV_COLUMNS = ["email", "geboortejaar", "geslacht", "postcode"] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Sex as written in a Dutch spreadsheet → the stored value. Compared in lower case, trimmed. */
export const CSV_SEX_VALUES: Record<string, Sex> = {
  man: "man",
  m: "man",
  vrouw: "vrouw",
  v: "vrouw",
  anders: "anders",
  x: "anders",
  "zeg ik liever niet": "zeg_ik_liever_niet",
  zeg_ik_liever_niet: "zeg_ik_liever_niet",
  "wil ik niet zeggen": "zeg_ik_liever_niet",
};

export const IMPORT_MODES = ["all_or_nothing", "good_rows_only"] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** Under the server-action body limit (next.config.js, 2 MB): about 25,000 rows of four columns. */
export const MAX_IMPORT_BYTES = 1_800_000;

/** A file input left empty still posts an empty, nameless file: that means "no file". */
const noEmptyFile = (value: unknown) =>
  value === "" ||
  value === null ||
  (typeof File !== "undefined" && value instanceof File && value.size === 0 && !value.name)
    ? undefined
    : value;

/**
 * The import form: first a file (`all_or_nothing`, the default: a file with any bad row imports
 * nothing); after a report with bad rows, staff may post `good_rows_only` naming the kept upload
 * (`uploadId`) or choosing the file again.
 */
export const memberImportSchema = z
  .object({
    panelId: panelIdSchema,
    mode: z.enum(IMPORT_MODES, "panels.validation.importModeUnknown").default("all_or_nothing"),
    uploadId: z.preprocess(
      noEmptyFile,
      z
        .string()
        .regex(/^[0-9a-f]{32}$/, "panels.validation.uploadExpired")
        .optional(),
    ),
    file: z.preprocess(
      noEmptyFile,
      z
        .file("panels.validation.fileRequired")
        .max(MAX_IMPORT_BYTES, "panels.validation.fileTooLarge")
        .optional(),
    ),
  })
  .superRefine((input, ctx) => {
    if (!input.file && !input.uploadId)
      ctx.addIssue({ code: "custom", path: ["file"], message: "panels.validation.fileRequired" });
    if (input.uploadId && input.mode !== "good_rows_only")
      ctx.addIssue({ code: "custom", path: ["mode"], message: "panels.validation.importModeUnknown" });
  });
export type MemberImportInput = z.output<typeof memberImportSchema>;

export * from "./area-schema";
