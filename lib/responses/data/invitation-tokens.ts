import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { invitations } from "@/db/schema";
import { hashSecret } from "@/lib/responses/resume-tokens";

/**
 * A condition on `invitations`: the invitation a token belongs to, whether it is the first mail's
 * token (invitations.token_hash) or a reminder's (invitation_tokens). Both are stored only as
 * hashes; one indexed lookup each, so the respondent's hot path stays a primary-key read.
 */
export function isInvitationOfToken(token: string): SQL {
  const hash = hashSecret(token);
  return sql`${invitations.id} = (
    select i.id from invitations i where i.token_hash = ${hash}
    union all
    select t.invitation_id from invitation_tokens t where t.token_hash = ${hash}
    limit 1
  )`;
}
