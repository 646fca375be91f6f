"use client";

import { useTranslations } from "next-intl";
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { type RegisterOptions, useFormContext } from "react-hook-form";
import { CheckboxField } from "@/components/forms/choice-fields";
import { SelectField, TextareaField, TextField } from "@/components/forms/form-field";
import { builderFieldId } from "@/lib/surveys/client";
import { useFieldError } from "./builder-errors";

/*
 * The builder's form fields: the shared form fields (components/forms/form-field.tsx) bound to
 * the builder form by the field's path, with ids from that path so the error summary can link
 * to them, and the message beside the control from the builder's errors.
 */

type Common = {
  path: string;
  label: string;
  required?: boolean;
  help?: ReactNode;
  options?: RegisterOptions;
};

/**
 * Splits a builder field's props: what the shared field takes from the builder (id and error from
 * the path, "(verplicht)", label, help, and the registration at the path), and the rest, for the
 * control itself.
 */
function useBuilderField<P extends Common>({ path, label, required, help, options, ...rest }: P) {
  const t = useTranslations("builder.common");
  const { register } = useFormContext();
  const field = {
    id: builderFieldId(path),
    requiredLabel: required ? t("required") : undefined,
    error: useFieldError(path),
    label,
    help,
  };
  return { field, rest, registration: register(path, options) };
}

export function TextInput(props: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "id">) {
  const { field, rest, registration } = useBuilderField(props);
  return <TextField {...field} type="text" {...rest} {...registration} />;
}

export function TextArea(props: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id">) {
  const { field, rest, registration } = useBuilderField(props);
  return <TextareaField {...field} {...rest} {...registration} />;
}

export function SelectInput(props: Common & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id">) {
  const { field, rest, registration } = useBuilderField(props);
  return <SelectField {...field} {...rest} {...registration} />;
}

export function CheckboxInput({
  path,
  label,
  help,
  options,
}: {
  path: string;
  label: string;
  help?: ReactNode;
  options?: RegisterOptions;
}) {
  const { register } = useFormContext();
  return (
    <CheckboxField
      id={builderFieldId(path)}
      label={label}
      help={help}
      error={useFieldError(path)}
      className="builder-check"
      {...register(path, options)}
    />
  );
}

/** An id that may no longer change: shown as text, since exports and stored answers use it. */
export function LockedId({ text }: { text: string }) {
  return <p className="builder-locked-id">{text}</p>;
}
