import { z } from "zod";
import type { Role } from "@/lib/accounts/types";

/*
 * The zod schemas of the sign-in and account forms: react-hook-form's zodResolver uses them in the
 * browser and the server actions use the same ones on the server. Messages are next-intl keys
 * (messages/<locale>/auth.json and beheer.json); forms and the action wrapper translate them.
 * This file is imported by client components, so it must not import db/ at runtime.
 */

/** The roles, in the order forms offer them; the check below keeps it equal to db/schema ROLES. */
export const ROLE_OPTIONS = ["staff", "adviesraad", "panel", "admin"] as const;
type Missing = Exclude<Role, (typeof ROLE_OPTIONS)[number]>;
const _allRolesListed: Missing extends never ? true : Missing = true;
void _allRolesListed;

/** NIST SP 800-63B and ASVS 2.1.1: at least 12 characters, no composition rules. */
export const MIN_PASSWORD_LENGTH = 12;

const email = z
  .string("auth.validation.emailRequired")
  .trim()
  .min(1, "auth.validation.emailRequired")
  .max(254, "auth.validation.emailInvalid")
  .pipe(z.email("auth.validation.emailInvalid"));

export const loginSchema = z.object({
  email,
  // Passwords are taken as typed: no trimming, no rules beyond "filled in" at sign-in.
  password: z.string("auth.validation.passwordRequired").min(1, "auth.validation.passwordRequired").max(1000),
  /** Where to go after signing in; the server accepts only a path on this site (lib/accounts/callback-path.ts). */
  callbackUrl: z.string().max(2000).optional(),
});
export type LoginInput = z.infer<typeof loginSchema>;

const role = z.enum(ROLE_OPTIONS, "beheer.users.validation.roleRequired");

export const userIdSchema = z.coerce
  .number("beheer.users.validation.userUnknown")
  .int("beheer.users.validation.userUnknown")
  .positive("beheer.users.validation.userUnknown");

export const createUserSchema = z.object({
  email,
  name: z
    .string("beheer.users.validation.nameRequired")
    .trim()
    .min(1, "beheer.users.validation.nameRequired")
    .max(200, "beheer.users.validation.nameTooLong"),
  role,
  password: z
    .string("beheer.users.validation.passwordTooShort")
    .min(MIN_PASSWORD_LENGTH, "beheer.users.validation.passwordTooShort")
    .max(200, "beheer.users.validation.passwordTooLong"),
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const changeRoleSchema = z.object({ userId: userIdSchema, role });
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;

export const setActiveSchema = z.object({
  userId: userIdSchema,
  /** "true" reactivates, "false" deactivates (a hidden field in the row's form). */
  active: z.stringbool("beheer.users.validation.activeInvalid"),
});
export type SetActiveInput = z.infer<typeof setActiveSchema>;
