"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import type { ZodType } from "zod";
import { CheckedForm } from "@/components/forms/checked-form";
import { TextField } from "@/components/forms/form-field";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import { Notice } from "@/components/layout/notice";
import type { ServerAction } from "@/lib/accounts/client";
import { districtSchema, districtUpdateSchema } from "@/lib/panels/client";

type Values = { postcode4: string; district: string; originalPostcode4?: string };

/** Add a row to the district table, or change one (`original` names the row being changed). */
export function DistrictForm({
  action,
  original,
}: {
  action: ServerAction<{ postcode4: string }>;
  original?: { postcode4: string; district: string };
}) {
  const t = useTranslations("panels.districts");
  const ta = useTranslations("auth.form");
  const prefix = original ? "edit-district" : "new-district";
  const fields = { postcode4: `${prefix}-postcode4`, district: `${prefix}-name` };
  const form = useCheckedForm({
    action,
    schema: (original ? districtUpdateSchema : districtSchema) as ZodType<unknown, Values>,
    defaultValues: original
      ? { postcode4: original.postcode4, district: original.district, originalPostcode4: original.postcode4 }
      : { postcode4: "", district: "" },
    fields,
  });
  const { register, reset, state, errorFor } = form;
  useEffect(() => {
    if (state?.ok && !original) reset();
  }, [state, reset, original]);
  const titleId = `${prefix}-title`;
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{original ? t("editTitle", { postcode4: original.postcode4 }) : t("addTitle")}</h2>
      {state?.ok ? (
        <Notice tone="success">
          {t(original ? "changed" : "added", { postcode4: state.data.postcode4 })}
        </Notice>
      ) : null}
      <CheckedForm form={form} name={prefix}>
        {original ? (
          <input type="hidden" defaultValue={original.postcode4} {...register("originalPostcode4")} />
        ) : null}
        <TextField
          id={fields.postcode4}
          label={t("postcode4")}
          requiredLabel={ta("required")}
          help={t("postcode4Help")}
          error={errorFor("postcode4")}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          className="input input--short"
          defaultValue={original?.postcode4}
          {...register("postcode4")}
        />
        <TextField
          id={fields.district}
          label={t("district")}
          requiredLabel={ta("required")}
          error={errorFor("district")}
          type="text"
          autoComplete="off"
          defaultValue={original?.district}
          {...register("district")}
        />
        <button type="submit" className="button">
          {original ? t("saveChange") : t("add")}
        </button>
      </CheckedForm>
    </section>
  );
}
