"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useRef } from "react";
import { useForm } from "react-hook-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/form-field";
import { useFormErrors } from "@/components/forms/use-form-errors";
import type { ServerAction } from "@/lib/accounts/client";
import { type LetterCodeBatchInput, letterCodeBatchSchema } from "@/lib/panels/client";

const FIELDS = { size: "letter-codes-size", note: "letter-codes-note" };

/** Staff: a new batch of letter codes. Checked with the server's schema; works without JavaScript. */
export function LetterCodeBatchForm({ action, panelId }: { action: ServerAction<never>; panelId: number }) {
  const t = useTranslations("panel.letterCodes");
  const tForm = useTranslations("auth.form");
  const [state, formAction, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const { register, handleSubmit, formState } = useForm<LetterCodeBatchInput>({
    shouldFocusError: false,
    resolver: zodResolver(letterCodeBatchSchema),
    defaultValues: { panelId: String(panelId), size: "", note: "" },
  });
  const { errorFor, items, focusKey } = useFormErrors(formState.errors, state, FIELDS, formState.submitCount);
  const submit = handleSubmit(() => {
    const form = formRef.current;
    if (form) startTransition(() => formAction(new FormData(form)));
  });
  return (
    <section aria-labelledby="letter-codes-new">
      <h2 id="letter-codes-new">{t("createTitle")}</h2>
      <form
        ref={formRef}
        action={formAction}
        onSubmit={submit}
        noValidate
        aria-busy={pending || undefined}
        data-form="letter-codes"
      >
        <ErrorSummary
          items={items}
          title={tForm("errorSummaryTitle")}
          intro={(count) => tForm("errorSummaryFields", { count })}
          focusKey={focusKey}
        />
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
