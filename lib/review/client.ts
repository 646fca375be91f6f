/*
 * Review: the Adviesraad's comments on a draft, its formal advice and the official response.
 *
 * The browser-safe part of this feature's face: schemas, data shapes and pure logic that client
 * components may import. Nothing here reaches the database; the boundary check
 * (.dependency-cruiser.cjs) refuses it. See ARCHITECTURE.md.
 */

export type { AdviceIntent, CommentInput, ReplyInput, ResponseIntent, ShareForReviewInput } from "./schema";
export {
  adviceFormSchema,
  commentSchema,
  POINTS_MAX,
  replySchema,
  responseFormSchema,
  shareForReviewSchema,
} from "./schema";
export type { Verdict } from "./types";
export { VERDICTS } from "./types";
