"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FileField, SelectField } from "@/components/forms/form-field";
import { useServerForm } from "@/components/forms/use-server-form";
import { useTranslateError } from "@/components/surveys/builder/use-translate-error";
import { localeDirection } from "@/i18n/locales";
import type { ServerAction } from "@/lib/accounts/client";
import { TRANSLATION_LOCALES, type TranslationChange, type TranslationLocale } from "@/lib/surveys/client";

type Preview = {
  ok: true;
  language: TranslationLocale;
  revision: number;
  changes: TranslationChange[];
  unchanged: number;
};

const FIELDS = { language: "translation-import-language", file: "translation-import-file" };

/**
 * Reading a translation file back in, in two steps that both work without JavaScript: the file is
 * checked (every problem listed by key, nothing saved), then what it changes is shown and saved
 * only when confirmed, by the same action as the translations form, at the revision it was checked at.
 */
export function TranslationImport({
  surveyId,
  language,
  checkAction,
  saveAction,
}: {
  surveyId: number;
  language: TranslationLocale;
  checkAction: ServerAction<Preview>;
  // biome-ignore lint/suspicious/noExplicitAny: a confirmed import redirects; what a save returns is not read here
  saveAction: ServerAction<any>;
}) {
  const t = useTranslations("builder.translations");
  const tCommon = useTranslations("builder.common");
  // Kept in state: React resets a form after its action, and a refused file must not lose the choice.
  const [chosen, setChosen] = useState<TranslationLocale>(language);
  const translate = useTranslateError();
  const check = useServerForm(checkAction, FIELDS, { translate });
  const save = useServerForm(saveAction, {}, { translate });
  const preview = check.state?.ok ? check.state.data : null;
  const fileError = check.errorFor("file");

  return (
    <>
      <form action={check.formAction} noValidate data-form="translation-import">
        <ErrorSummary
          items={check.items}
          title={t("import.errorsTitle")}
          intro={t("import.errorsIntro")}
          focusKey={check.focusKey}
        />
        <input type="hidden" name="surveyId" value={surveyId} />
        <SelectField
          id={FIELDS.language}
          name="language"
          label={t("import.languageLabel")}
          value={chosen}
          onChange={(event) => setChosen(event.target.value as TranslationLocale)}
          error={check.errorFor("language")}
        >
          {TRANSLATION_LOCALES.map((locale) => (
            <option key={locale} value={locale}>
              {t(`languages.${locale}`)}
            </option>
          ))}
        </SelectField>
        <FileField
          id={FIELDS.file}
          name="file"
          accept="application/json,.json"
          label={t("import.fileLabel")}
          requiredLabel={tCommon("required")}
          error={fileError}
        />
        <button type="submit" className="button">
          {t("import.check")}
        </button>
      </form>

      {preview ? (
        <section aria-labelledby="translation-preview-title" className="translation-preview">
          <h2 id="translation-preview-title" tabIndex={-1}>
            {t("import.previewTitle")}
          </h2>
          <p role="status">
            {t("import.previewChanges", { count: preview.changes.length })}{" "}
            {preview.unchanged > 0 ? t("import.previewUnchanged", { count: preview.unchanged }) : null}
          </p>
          {preview.changes.length > 0 ? (
            <form action={save.formAction} noValidate data-form="translation-import-confirm">
              <ErrorSummary items={save.items} title={t("errorSummaryTitle")} focusKey={save.focusKey} />
              <input type="hidden" name="surveyId" value={surveyId} />
              <input type="hidden" name="revision" value={preview.revision} />
              <input type="hidden" name="language" value={preview.language} />
              <input type="hidden" name="origin" value="import" />
              <ol className="translation-changes">
                {preview.changes.map((change, index) => (
                  <li key={change.key} data-key={change.key}>
                    <input type="hidden" name={`texts.${index}.key`} value={change.key} />
                    <input type="hidden" name={`texts.${index}.text`} value={change.after} />
                    <p className="translation-changes__key">{change.key}</p>
                    <dl>
                      <dt>{t("sourceLabel")}</dt>
                      <dd lang="nl" dir="ltr">
                        {change.source}
                      </dd>
                      <dt>{t("import.before")}</dt>
                      {change.before === null ? (
                        <dd className="muted">{t("import.missingBefore")}</dd>
                      ) : (
                        <dd lang={preview.language} dir={localeDirection(preview.language)}>
                          {change.before}
                        </dd>
                      )}
                      <dt>{t("import.after")}</dt>
                      <dd lang={preview.language} dir={localeDirection(preview.language)}>
                        {change.after}
                      </dd>
                    </dl>
                  </li>
                ))}
              </ol>
              <button type="submit" className="button">
                {t("import.confirm")}
              </button>
              <p className="muted">{t("import.otherFile")}</p>
            </form>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
