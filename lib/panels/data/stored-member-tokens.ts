import "server-only";
import { and, eq, gt, isNull, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { memberTokens } from "@/db/schema";
import {
  generateMemberToken,
  hashMemberToken,
  MEMBER_TOKEN_TTL_MS,
  type MemberTokenPurpose,
} from "@/lib/panels/member-tokens";

/*
 * The mailed member tokens as stored: issuing one (only its hash is kept), the condition a token
 * must meet to work, and using it once. Sign-in links, sign-up confirmations and address changes
 * all go through here, so a token works the same way whatever it is for.
 */

/** Stores a new token for the member and returns it (to mail) with its expiry. */
export async function issueMemberToken(
  tx: Executor,
  input: { memberId: number; purpose: MemberTokenPurpose; now: number; newEmail?: string },
): Promise<{ token: string; expiresAt: Date }> {
  const token = generateMemberToken();
  const expiresAt = new Date(input.now + MEMBER_TOKEN_TTL_MS[input.purpose]);
  await tx.insert(memberTokens).values({
    memberId: input.memberId,
    purpose: input.purpose,
    tokenHash: hashMemberToken(token),
    newEmail: input.newEmail,
    expiresAt,
    createdAt: new Date(input.now),
  });
  return { token, expiresAt };
}

/** The stored token for `token` that still works for `purpose`: unused and not expired at `at`. */
export function usableMemberToken(token: string, purpose: MemberTokenPurpose, at: Date): SQL {
  return and(
    eq(memberTokens.tokenHash, hashMemberToken(token)),
    eq(memberTokens.purpose, purpose),
    isNull(memberTokens.usedAt),
    gt(memberTokens.expiresAt, at),
  ) as SQL;
}

/** Marks the token used; false when a parallel request used it first (a token works once). */
export async function spendMemberToken(tx: Executor, tokenId: number, at: Date): Promise<boolean> {
  const used = await tx
    .update(memberTokens)
    .set({ usedAt: at })
    .where(and(eq(memberTokens.id, tokenId), isNull(memberTokens.usedAt)))
    .returning({ id: memberTokens.id });
  return used.length === 1;
}
