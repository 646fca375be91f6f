"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, startTransition, useActionState, useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FileField } from "@/components/forms/form-field";
import type { ServerAction } from "@/lib/accounts/client";
import { type ImportOutcome, MAX_IMPORT_BYTES, memberImportSchema } from "@/lib/panels/client";
import { ImportErrorTable } from "./import-report";

const FILE_ID = "import-file";

/**
 * Upload a CSV of members. The server checks every row; a file with any bad row imports nothing
 * and the report lists the rows. Only then may staff choose, with a second explicit submit, to
 * import only the good rows: that form names the file the server kept, never a list of rows.
 */
export function ImportForm({ action, panelId }: { action: ServerAction<ImportOutcome>; panelId: number }) {
  const t = useTranslations("panels.import");
  const tAll = useTranslations();
  const [state, formAction] = useActionState(action, null);
  const [clientErrors, setClientErrors] = useState<string[]>([]);
  const [submits, setSubmits] = useState(0);

  const checkFile = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const parsed = memberImportSchema.safeParse({ panelId: data.get("panelId"), file: data.get("file") });
    setSubmits((n) => n + 1);
    if (!parsed.success) {
      setClientErrors(parsed.error.issues.map((issue) => tAll(issue.message, { max: "1,8 MB" })));
      return;
    }
    setClientErrors([]);
    startTransition(() => formAction(data));
  };

  const serverErrors =
    state && !state.ok ? [state.formError, ...Object.values(state.fieldErrors).flat()].filter(Boolean) : [];
  const errors = clientErrors.length > 0 ? clientErrors : (serverErrors as string[]);
  const outcome = state?.ok ? state.data : null;

  return (
    <>
      <form action={formAction} onSubmit={checkFile} noValidate data-form="member-import">
        <ErrorSummary
          items={errors.map((message) => ({ message, fieldId: FILE_ID }))}
          title={t("errorSummaryTitle")}
          focusKey={`${submits}-${state ? JSON.stringify(serverErrors) : ""}`}
        />
        <input type="hidden" name="panelId" value={panelId} />
        <FileField
          id={FILE_ID}
          name="file"
          accept=".csv,text/csv"
          className="input"
          label={t("fileLabel")}
          requiredLabel={tAll("auth.form.required")}
          help={t("fileHelp", { size: Math.floor(MAX_IMPORT_BYTES / 1_000_000) })}
          error={errors[0]}
        />
        <button type="submit" className="button">
          {t("submit")}
        </button>
      </form>
      {outcome ? <ImportOutcomeView outcome={outcome} panelId={panelId} formAction={formAction} /> : null}
    </>
  );
}

function ImportOutcomeView({
  outcome,
  panelId,
  formAction,
}: {
  outcome: ImportOutcome;
  panelId: number;
  formAction: (data: FormData) => void;
}) {
  const t = useTranslations("panels.import");
  if (outcome.kind === "file_error") {
    const { error } = outcome;
    return (
      <div className="alert alert--error" role="alert" data-outcome="file-error">
        <h2>{t("fileErrorTitle")}</h2>
        <p>
          {t(`errors.${error.code}`, { line: error.line ?? 0, columns: (error.columns ?? []).join(", ") })}
        </p>
        <p>{t("nothingImported")}</p>
      </div>
    );
  }
  const ignored = outcome.ignoredColumns.length ? (
    <p>{t("ignoredColumns", { columns: outcome.ignoredColumns.join(", ") })}</p>
  ) : null;
  if (outcome.kind === "imported") {
    return (
      <section aria-labelledby="import-result-title" data-outcome="imported">
        <div className="alert alert--success" role="status">
          <h2 id="import-result-title">{t("importedTitle")}</h2>
          <p>{t("imported", { count: outcome.imported, total: outcome.total })}</p>
          {outcome.skippedRows > 0 ? <p>{t("skipped", { count: outcome.skippedRows })}</p> : null}
          {outcome.alreadyMember > 0 ? <p>{t("joinedMeanwhile", { count: outcome.alreadyMember })}</p> : null}
        </div>
        {ignored}
        {outcome.errors.length > 0 ? (
          <ImportErrorTable errors={outcome.errors} errorCount={outcome.errorCount} />
        ) : null}
      </section>
    );
  }
  return (
    <section aria-labelledby="import-report-title" data-outcome="report">
      <div className="alert alert--error" role="alert">
        <h2 id="import-report-title">{t("reportTitle")}</h2>
        <p>{t("reportSummary", { total: outcome.total, bad: outcome.badRows, good: outcome.goodRows })}</p>
        <p>{t("nothingImported")}</p>
      </div>
      {ignored}
      <ImportErrorTable errors={outcome.errors} errorCount={outcome.errorCount} />
      <h2>{t("nextTitle")}</h2>
      <p>{t("fixAndRetry")}</p>
      {outcome.goodRows > 0 ? (
        <form action={formAction} data-form="import-good-rows">
          <input type="hidden" name="panelId" value={panelId} />
          <input type="hidden" name="uploadId" value={outcome.uploadId} />
          <input type="hidden" name="mode" value="good_rows_only" />
          <p>{t("goodRowsExplain", { good: outcome.goodRows, bad: outcome.badRows })}</p>
          <button type="submit" className="button button--secondary">
            {t("goodRowsSubmit", { count: outcome.goodRows })}
          </button>
        </form>
      ) : null}
    </section>
  );
}
