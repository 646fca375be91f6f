/**
 * The answer model shared by the browser form (react-hook-form + zodResolver) and the server.
 * One entry point; the parts live in answer-types.ts (shapes, error codes), form-values.ts
 * (empty/prefill values, FormData), parse-form-value.ts (per question rules), answer-schema.ts
 * (page schema, validation) and dom-ids.ts (ids the error summary links to).
 */
export * from "./answer-schema";
export * from "./answer-types";
export * from "./dom-ids";
export * from "./form-values";
export { type FormValueIssue, type ParsedFormValue, parseFormValue } from "./parse-form-value";
