import type { PiiKind } from "@/lib/moderation";

/**
 * What the moderation action returns when it does not redirect: an approval the engine still
 * finds personal data in, with the text as staff typed it and what was found in it.
 */
export type ModerationActionData = {
  needsCheck: { text: string; findings: { kind: PiiKind; text: string }[] };
};
