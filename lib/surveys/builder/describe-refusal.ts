import { InputError } from "@/lib/accounts/errors";
import type { BlockedChange } from "@/lib/surveys/definition/edit-guard";
import { placeErrorsToPaths } from "./place-errors";
import { BlockedEditError, DraftConflictError, InvalidDefinitionError } from "./save-errors";

/*
 * Turns a refused save (save-errors.ts) into the InputError the action wrapper returns, worded
 * in Dutch with names, dates and places. The translator and date formatter come from the caller
 * (next-intl on the server), so this stays testable.
 */

type Translate = (key: string, values?: Record<string, string | number>) => string;

export function describeRefusal(
  error: unknown,
  opts: { t: Translate; formatDate: (date: Date) => string; definition: unknown },
): unknown {
  const { t } = opts;
  if (error instanceof DraftConflictError) {
    const date = opts.formatDate(error.at);
    const message = error.by
      ? t("conflict.byName", { name: error.by, date })
      : t("conflict.unknown", { date });
    return new InputError({ fieldErrors: { revision: [message] } });
  }
  if (error instanceof BlockedEditError) {
    const fieldErrors: Record<string, string[]> = {};
    for (const change of error.changes) {
      const key = change.path ? formPath(change.path) : "_blocked";
      fieldErrors[key] = [...(fieldErrors[key] ?? []), describeBlockedChange(change, t)];
    }
    return new InputError({ formError: `${t("blocked.title")}. ${t("blocked.intro")}`, fieldErrors });
  }
  if (error instanceof InvalidDefinitionError) {
    return new InputError({
      formError: `${t("definitionErrors.title")}. ${t("definitionErrors.intro")}`,
      fieldErrors: placeErrorsToPaths(opts.definition, error.errors),
    });
  }
  return error;
}

export function describeBlockedChange(change: BlockedChange, t: Translate): string {
  return t(`blocked.${change.code}`, {
    page: change.pageNumber,
    pageTitle: change.pageTitle,
    question: change.questionText ?? "",
    id: change.questionId ?? "",
    from: change.from ?? "",
    to: change.to ?? "",
    label: change.label ?? "",
    setting: change.setting ? t(`blocked.settings.${change.setting}`) : "",
  });
}

/** A definition path as the form's field path: values and statement ids are edited through their labels. */
function formPath(path: string): string {
  return path
    .replace(/\.(options|scale)\.(\d+)\.value$/, ".$1.$2.label")
    .replace(/\.statements\.(\d+)\.id$/, ".statements.$1.text");
}
