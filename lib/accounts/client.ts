/*
 * Accounts: staff and Adviesraad accounts, sign-in, sessions, roles and permissions.
 *
 * The browser-safe part of this feature's face: schemas, data shapes and pure logic that client
 * components may import. Nothing here reaches the database; the boundary check
 * (.dependency-cruiser.cjs) refuses it. See ARCHITECTURE.md.
 */

export type { ActionResult, FieldErrors, Refusal, ServerAction } from "./action-result";
export type { CreateUserInput, LoginInput } from "./schema";
export { createUserSchema, loginSchema, MIN_PASSWORD_LENGTH, ROLE_OPTIONS } from "./schema";
export type { Role } from "./types";
