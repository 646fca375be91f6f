"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldFrame } from "@/components/forms/form-field";
import { useFormErrors } from "@/components/forms/use-form-errors";
import type { ServerAction } from "@/lib/accounts/client";
import { useTranslateError } from "./use-translate-error";

const FIELDS = { file: "import-file" };

/** Upload a definition file. Works without JavaScript; the server checks the file and lists every problem. */
export function ImportForm({
  action,
  target,
}: {
  action: ServerAction<never>;
  target?: { surveyId: number; revision: number };
}) {
  const t = useTranslations("builder");
  const [state, formAction] = useActionState(action, null);
  const translate = useTranslateError();
  const { errorFor, items, focusKey } = useFormErrors({}, state, FIELDS, 0, { translate });
  const fileError = errorFor("file");
  return (
    <form action={formAction} noValidate data-form="import-definition">
      <ErrorSummary
        items={items}
        title={t("import.errorsTitle")}
        intro={items.length > 1 ? t("import.errorsIntro") : undefined}
        focusKey={focusKey}
      />
      {target ? (
        <>
          <input type="hidden" name="surveyId" value={target.surveyId} />
          <input type="hidden" name="revision" value={target.revision} />
        </>
      ) : null}
      <FieldFrame
        id={FIELDS.file}
        label={t("import.fileLabel")}
        requiredLabel={t("common.required")}
        error={fileError}
      >
        {(describedBy) => (
          <input
            id={FIELDS.file}
            name="file"
            type="file"
            accept="application/json,.json"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={describedBy}
          />
        )}
      </FieldFrame>
      <button type="submit" className="button">
        {target ? t("import.submitReplace") : t("import.submitNew")}
      </button>
    </form>
  );
}
