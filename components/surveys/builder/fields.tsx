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

/** Id, "(verplicht)" and error of the field at `path`, as the shared fields take them. */
function useBuilderField(path: string, required: boolean | undefined) {
  const t = useTranslations("builder.common");
  return {
    id: builderFieldId(path),
    requiredLabel: required ? t("required") : undefined,
    error: useFieldError(path),
  };
}

export function TextInput({
  path,
  label,
  required,
  help,
  options,
  ...props
}: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "id">) {
  const { register } = useFormContext();
  return (
    <TextField
      {...useBuilderField(path, required)}
      label={label}
      help={help}
      type="text"
      {...props}
      {...register(path, options)}
    />
  );
}

export function TextArea({
  path,
  label,
  required,
  help,
  options,
  ...props
}: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id">) {
  const { register } = useFormContext();
  return (
    <TextareaField
      {...useBuilderField(path, required)}
      label={label}
      help={help}
      {...props}
      {...register(path, options)}
    />
  );
}

export function SelectInput({
  path,
  label,
  required,
  help,
  options,
  children,
  ...props
}: Common & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id">) {
  const { register } = useFormContext();
  return (
    <SelectField
      {...useBuilderField(path, required)}
      label={label}
      help={help}
      {...props}
      {...register(path, options)}
    >
      {children}
    </SelectField>
  );
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
