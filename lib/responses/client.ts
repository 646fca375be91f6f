/*
 * Responses: the resident's journey through a survey, resuming it, and completing it.
 *
 * The browser-safe part of this feature's face: schemas, data shapes and pure logic that client
 * components may import. Nothing here reaches the database; the boundary check
 * (.dependency-cruiser.cjs) refuses it. See ARCHITECTURE.md.
 */

export type { AnswerMap } from "./page-flow";
export {
  evaluatePage,
  findPage,
  nextPageId,
  pageContext,
  pagesInPath,
  previousPageId,
  progressOf,
} from "./page-flow";
export type { PageFormState, PageIntent } from "./page-form-state";
export { INITIAL_PAGE_FORM_STATE, PAGE_FORM_FIELDS, RETURN_TO_REVIEW } from "./page-form-state";
export type { ResumeCodeState } from "./resume-code-state";
export type { ResumeMailInput, SendResponseInput } from "./schema";
export { resumeMailSchema, sendResponseSchema } from "./schema";
