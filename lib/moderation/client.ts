/*
 * Moderation: open answers checked for personal data before they are published, and quotes.
 *
 * The browser-safe part of this feature's face: schemas, data shapes and pure logic that client
 * components may import. Nothing here reaches the database; the boundary check
 * (.dependency-cruiser.cjs) refuses it. See ARCHITECTURE.md.
 */

export type { ModerationStatus } from "./schema";
export { moderationDecisionSchema } from "./schema";
