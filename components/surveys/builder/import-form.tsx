"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FileField } from "@/components/forms/form-field";
import { useServerForm } from "@/components/forms/use-server-form";
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
  const translate = useTranslateError();
  const { formAction, errorFor, items, focusKey } = useServerForm(action, FIELDS, { translate });
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
      <FileField
        id={FIELDS.file}
        name="file"
        accept="application/json,.json"
        label={t("import.fileLabel")}
        requiredLabel={t("common.required")}
        error={fileError}
      />
      <button type="submit" className="button">
        {target ? t("import.submitReplace") : t("import.submitNew")}
      </button>
    </form>
  );
}
