"use client";

import { useTranslations } from "next-intl";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { TextField } from "@/components/forms/form-field";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import type { ServerAction } from "@/lib/accounts/client";
import { letterCodeBatchSchema } from "@/lib/panels/client";

const FIELDS = { size: "letter-codes-size", note: "letter-codes-note" };

/** Staff: a new batch of letter codes. Checked with the server's schema; works without JavaScript. */
export function LetterCodeBatchForm({ action, panelId }: { action: ServerAction<never>; panelId: number }) {
  const t = useTranslations("panel.letterCodes");
  const tForm = useTranslations("auth.form");
  const { register, errorFor, items, focusKey, formProps, pending } = useCheckedForm({
    action,
    schema: letterCodeBatchSchema,
    defaultValues: { panelId: String(panelId), size: "", note: "" },
    fields: FIELDS,
  });
  return (
    <section aria-labelledby="letter-codes-new">
      <h2 id="letter-codes-new">{t("createTitle")}</h2>
      <form {...formProps} aria-busy={pending || undefined} data-form="letter-codes">
        <FormErrorSummary items={items} messages="auth.form" focusKey={focusKey} />
        <input type="hidden" defaultValue={String(panelId)} {...register("panelId")} />
        <TextField
          id={FIELDS.size}
          label={t("size")}
          requiredLabel={tForm("required")}
          help={t("sizeHelp")}
          error={errorFor("size")}
          inputMode="numeric"
          autoComplete="off"
          className="input input--short"
          {...register("size")}
        />
        <TextField
          id={FIELDS.note}
          label={`${t("note")} ${t("optional")}`}
          help={t("noteHelp")}
          error={errorFor("note")}
          autoComplete="off"
          {...register("note")}
        />
        <button type="submit" className="button">
          {t("create")}
        </button>
      </form>
    </section>
  );
}
