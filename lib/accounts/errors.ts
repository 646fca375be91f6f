import type { Permission } from "./permissions";

/**
 * Thrown by `requireUser()` / `requirePermission()`. The action wrapper turns it into a refusal
 * (`{ ok: false, formError }`); pages use `gatePage()` instead, which redirects or shows the 403 page.
 */
export class AuthorizationError extends Error {
  constructor(
    readonly reason: "signed-out" | "forbidden",
    readonly permission?: Permission,
  ) {
    super(reason === "signed-out" ? "Not signed in" : `Missing permission ${permission ?? ""}`.trim());
    this.name = "AuthorizationError";
  }
}

/**
 * A refusal a person can act on, raised by data functions (e.g. "e-mailadres bestaat al").
 * Messages are next-intl keys (e.g. "beheer.users.errors.emailTaken") or plain Dutch text;
 * the action wrapper translates keys and returns them as field or form errors.
 */
export class InputError extends Error {
  readonly fieldErrors: Record<string, string[]>;
  readonly formError?: string;

  constructor(errors: { fieldErrors?: Record<string, string[]>; formError?: string }) {
    super(errors.formError ?? Object.values(errors.fieldErrors ?? {}).flat()[0] ?? "Invalid input");
    this.name = "InputError";
    this.fieldErrors = errors.fieldErrors ?? {};
    this.formError = errors.formError;
  }
}
