import crypto from "node:crypto";
import { authSecret } from "@/lib/accounts/data/secret";
import { mailContext } from "@/lib/mail/mail-context";

export { unsubscribeMailParts } from "../../mail/templates/unsubscribe-parts";

/*
 * The one-click unsubscribe link in every mail to a panel member (footer and List-Unsubscribe
 * header, RFC 8058): /panel/afmelden/<memberId>.<signature>.
 *
 * Stateless: the token is the member id with an HMAC-SHA256 of it under the server secret, for
 * this one purpose. Nothing is stored per mail, so an invitation run for 10,000 members writes no
 * extra rows, and a link keeps working for as long as the mail is kept (mail programs offer the
 * header on old mail too). What a leaked link allows is small and undoable by the member: it
 * pauses that member's invitations. Changing AUTH_SECRET retires every link at once.
 */

const PURPOSE = "peiling:panel-unsubscribe:v1";
/** 128 bits of the HMAC, base64url: 22 characters. */
const SIGNATURE_LENGTH = 22;

function signature(memberId: number, secret: string): string {
  return crypto
    .createHmac("sha256", secret)
    .update(`${PURPOSE}:${memberId}`)
    .digest("base64url")
    .slice(0, SIGNATURE_LENGTH);
}

/** The token for a member: "<id>.<signature>". */
export function signUnsubscribeToken(memberId: number, secret: string): string {
  if (!Number.isSafeInteger(memberId) || memberId <= 0) throw new Error(`not a member id: ${memberId}`);
  return `${memberId}.${signature(memberId, secret)}`;
}

/** The member id a token was signed for, or null when it is malformed or its signature is wrong. */
export function verifyUnsubscribeToken(token: string, secret: string): number | null {
  const match = /^([1-9][0-9]{0,15})\.([A-Za-z0-9_-]{22})$/.exec(token);
  if (!match) return null;
  const memberId = Number(match[1]);
  if (!Number.isSafeInteger(memberId)) return null;
  const expected = Buffer.from(signature(memberId, secret));
  const given = Buffer.from(match[2] as string);
  return crypto.timingSafeEqual(expected, given) ? memberId : null;
}

/**
 * The absolute unsubscribe URL for a member, for mail templates: the fieldwork's invitation and
 * reminder mails put it in their data and hand it to `unsubscribeMailParts`.
 */
export function unsubscribeUrlFor(memberId: number): string {
  return `${mailContext().baseUrl}/panel/afmelden/${signUnsubscribeToken(memberId, authSecret())}`;
}
