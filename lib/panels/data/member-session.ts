import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import type { ActionAudience } from "@/lib/accounts/action-result";
import { env } from "@/lib/env";
import {
  createMemberSession,
  deleteMemberSession,
  findSessionMember,
  type SessionMember,
} from "@/lib/panels/data/member-sessions";
import { MEMBER_SESSION_COOKIE } from "../member-tokens";

/*
 * The panel member's session: a cookie with a random secret, its hash in member_sessions. Not
 * next-auth, which is for staff accounts: members have no account and no password, only the
 * magic link. HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site posts),
 * Secure over https, and limited to /panel. A session cookie: it ends when the browser closes,
 * and the server ends it after an hour without use.
 */

export class MemberSessionError extends Error {
  constructor() {
    super("No member session");
    this.name = "MemberSessionError";
  }
}

/** The signed-in member of this request, or null. Cached per request. */
export const getMemberSession = cache(async (): Promise<SessionMember | null> => {
  const secret = (await cookies()).get(MEMBER_SESSION_COOKIE)?.value;
  return secret ? await findSessionMember(secret) : null;
});

/** The signed-in member; throws `MemberSessionError` when there is none. Every self-service data function starts here. */
export async function requireMember(): Promise<SessionMember> {
  const member = await getMemberSession();
  if (!member) throw new MemberSessionError();
  return member;
}

/**
 * Panel members as callers of a server action: `createAction({ schema, audience: panelMember }, …)`
 * (lib/accounts/data/action.ts) gives the work the signed-in member and refuses a caller without
 * the member session, or whose session a data function found gone, with "sign in again".
 */
export const panelMember: ActionAudience<SessionMember> = {
  session: getMemberSession,
  signedOut: "panel.mine.errors.signedOut",
  isSignedOut: (error) => error instanceof MemberSessionError,
};

/**
 * Signs a member in: a new session row and its cookie. Only in a server action or route handler
 * (where cookies can be set), after a magic link or a sign-up confirmation proved the address.
 * Any session this browser had before is ended first (no session fixation).
 */
export async function startMemberSession(memberId: number): Promise<void> {
  const jar = await cookies();
  const previous = jar.get(MEMBER_SESSION_COOKIE)?.value;
  if (previous) await deleteMemberSession(previous);
  const { secret } = await createMemberSession(memberId);
  jar.set(MEMBER_SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().PEILING_BASE_URL.startsWith("https:"),
    path: "/panel",
  });
}

/** Signs the member out in this browser: the row is deleted, the cookie removed. */
export async function endMemberSession(): Promise<void> {
  const jar = await cookies();
  const secret = jar.get(MEMBER_SESSION_COOKIE)?.value;
  if (secret) await deleteMemberSession(secret);
  jar.set(MEMBER_SESSION_COOKIE, "", { path: "/panel", maxAge: 0 });
}
