/*
 * Fieldwork: sampling panel members, invitations, reminders, response monitoring, opening and closing.
 *
 * The browser-safe part of this feature's face: schemas, data shapes and pure logic that client
 * components may import. Nothing here reaches the database; the boundary check
 * (.dependency-cruiser.cjs) refuses it. See ARCHITECTURE.md.
 */

export type { PreviewFormValues } from "./fieldwork-schema";
export { previewFormSchema } from "./fieldwork-schema";
export { SAMPLE_METHODS } from "./sampling";
