"use client";

import { useTranslations } from "next-intl";
import { CheckedForm } from "@/components/forms/checked-form";
import { TextField } from "@/components/forms/form-field";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import type { ServerAction } from "@/lib/accounts/client";
import { letterCodeBatchSchema } from "@/lib/panels/client";

const FIELDS = { size: "letter-codes-size", note: "letter-codes-note" };

/** Staff: a new batch of letter codes. Checked with the server's schema; works without JavaScript. */
export function LetterCodeBatchForm({ action, panelId }: { action: ServerAction<never>; panelId: number }) {
  const t = useTranslations("panel.letterCodes");
  const tForm = useTranslations("auth.form");
  const form = useCheckedForm({
    action,
    schema: letterCodeBatchSchema,
    defaultValues: { panelId: String(panelId), size: "", note: "" },
    fields: FIELDS,
  });
  const { register, errorFor } = form;
  return (
    <section aria-labelledby="letter-codes-new">
      <h2 id="letter-codes-new">{t("createTitle")}</h2>
      <CheckedForm form={form} busy name="letter-codes">
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
      </CheckedForm>
    </section>
  );
}
