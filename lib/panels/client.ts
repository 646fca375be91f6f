/*
 * Panels: the Digipanel and the klankbordgroep, their members, sign-up, letter codes and self-service.
 *
 * The browser-safe part of this feature's face: schemas, data shapes and pure logic that client
 * components may import. Nothing here reaches the database; the boundary check
 * (.dependency-cruiser.cjs) refuses it. See ARCHITECTURE.md.
 */

export { AGE_GROUPS } from "./age-groups";
export type { LetterCodeBatchInput } from "./letter-code-schema";
export { letterCodeBatchSchema } from "./letter-code-schema";
export type { ImportOutcome, RowError } from "./member-import";
export type { PanelSettingsInput } from "./schema";
export {
  ageSexCategory,
  districtSchema,
  districtUpdateSchema,
  MAX_IMPORT_BYTES,
  MIN_AGE_OPTIONS,
  memberImportSchema,
  POPULATION_SEXES,
  panelSettingsSchema,
  populationFiguresSchema,
  SEX_OPTIONS,
} from "./schema";
export type { LoginRequestInput, OwnProfileInput, SignupFormInput } from "./signup-schema";
export { leaveSchema, loginRequestSchema, ownProfileSchema, signupSchema } from "./signup-schema";
export type { MemberStatus } from "./types";
