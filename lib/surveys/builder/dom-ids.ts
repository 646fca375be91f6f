/*
 * DOM ids of the builder's controls, made from the field's path in the form model, so an error
 * at `pages.0.questions.2.text` (from the browser or the server) links to `#b-pages-0-questions-2-text`.
 * A path that names a page or question as a whole links to its first field.
 */

export function builderFieldId(path: string): string {
  return `b-${path.replace(/\./g, "-")}`;
}

/** The ids to try, in order, for an error at `path`. */
export function candidateFieldIds(path: string): string[] {
  return [path, `${path}.text`, `${path}.title`, `${path}.label`, `${path}.add`].map(builderFieldId);
}
