import type { Role } from "@/lib/accounts/types";

/**
 * The one roles → permissions table. Every server action and data function asks
 * `requirePermission()` (lib/accounts/data/session.ts) for one of these; pages and the proxy only redirect.
 */
export const PERMISSIONS = {
  /** Enter the staff area /beheer and see the list of surveys with their response counts. */
  "beheer:enter": ["admin", "staff"],
  /** Read every survey, in any state, with its definition. */
  "survey:read": ["admin", "staff"],
  /** Create and edit surveys, and move them through their lifecycle. */
  "survey:edit": ["admin", "staff"],
  /** Open a survey to residents and close it again (lib/surveys/definition/lifecycle.ts). */
  "survey:open": ["admin", "staff"],
  /** Publish a closed survey's results, and withdraw them (lib/surveys/definition/lifecycle.ts). */
  "survey:publish": ["admin", "staff"],
  /** Read responses and results that are not yet published. */
  "response:read": ["admin", "staff"],
  /** Enter a paper or phone response on a resident's behalf. */
  "response:enter": ["admin", "staff"],
  /** Review drafts shared with the Adviesraad and give advice. */
  "review:participate": ["adviesraad"],
  /** Create accounts, set roles, deactivate accounts. */
  "user:manage": ["admin"],
  /** Read the audit log and the mail outbox. */
  "audit:read": ["admin"],
  /** Manage one's own panel membership. */
  "panel:self": ["panel"],
  /** Manage panels and their members: settings, member list, import, letter codes. */
  "panel:manage": ["admin", "staff"],
  /** Edit the postcode → district table. */
  "panel:districts": ["admin"],
  /** Draw samples and send invitations and reminders for a survey. */
  "fieldwork:send": ["admin", "staff"],
  /** Moderate open answers (accept, edit or extend redactions) and pick quotes for publication. */
  "results:moderate": ["admin", "staff"],
  /** Download anonymized microdata for analysis elsewhere (each export is audited). */
  "results:export": ["admin", "staff"],
  /** Enter the population figures used for composition and weighting. */
  "population:edit": ["admin", "staff"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
