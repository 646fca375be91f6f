"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useForm } from "react-hook-form";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { TextField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFormErrors } from "@/components/forms/use-form-errors";
import type { ServerAction } from "@/lib/accounts/client";
import { type LetterCodeBatchInput, letterCodeBatchSchema } from "@/lib/panels/client";

const FIELDS = { size: "letter-codes-size", note: "letter-codes-note" };

/** Staff: a new batch of letter codes. Checked with the server's schema; works without JavaScript. */
export function LetterCodeBatchForm({ action, panelId }: { action: ServerAction<never>; panelId: number }) {
  const t = useTranslations("panel.letterCodes");
  const tForm = useTranslations("auth.form");
  const [state, formAction, pending] = useActionState(action, null);
  const { register, handleSubmit, formState } = useForm<LetterCodeBatchInput>({
    shouldFocusError: false,
    resolver: zodResolver(letterCodeBatchSchema),
    defaultValues: { panelId: String(panelId), size: "", note: "" },
  });
  const { errorFor, items, focusKey } = useFormErrors(formState.errors, state, FIELDS, formState.submitCount);
  const formProps = useActionForm(handleSubmit, formAction);
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
