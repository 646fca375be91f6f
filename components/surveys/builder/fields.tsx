"use client";

import { useTranslations } from "next-intl";
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { type RegisterOptions, useFormContext } from "react-hook-form";
import { builderFieldId } from "@/lib/surveys/builder/dom-ids";
import { useFieldError } from "./builder-errors";

/*
 * The builder's form fields: label, help and the error message beside the control (NL Design
 * System), ids from the field's path so the error summary can link to them.
 */

type FrameProps = {
  path: string;
  label: string;
  required?: boolean;
  help?: ReactNode;
  children: (props: { id: string; describedBy?: string; invalid?: true }) => ReactNode;
};

function FieldFrame({ path, label, required, help, children }: FrameProps) {
  const t = useTranslations("builder.common");
  const error = useFieldError(path);
  const id = builderFieldId(path);
  const describedBy =
    [error ? `${id}-error` : null, help ? `${id}-help` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "field field--error" : "field"}>
      <label className="field__label" htmlFor={id}>
        {label} {required ? <span className="field__required">{t("required")}</span> : null}
      </label>
      {help ? (
        <p className="field__help" id={`${id}-help`}>
          {help}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {children({ id, describedBy, invalid: error ? true : undefined })}
    </div>
  );
}

type Common = {
  path: string;
  label: string;
  required?: boolean;
  help?: ReactNode;
  options?: RegisterOptions;
};

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
    <FieldFrame path={path} label={label} required={required} help={help}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="text"
          className="input"
          aria-describedby={describedBy}
          aria-invalid={invalid}
          aria-required={required || undefined}
          {...props}
          {...register(path, options)}
        />
      )}
    </FieldFrame>
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
    <FieldFrame path={path} label={label} required={required} help={help}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          className="textarea"
          aria-describedby={describedBy}
          aria-invalid={invalid}
          aria-required={required || undefined}
          {...props}
          {...register(path, options)}
        />
      )}
    </FieldFrame>
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
    <FieldFrame path={path} label={label} required={required} help={help}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          className="select"
          aria-describedby={describedBy}
          aria-invalid={invalid}
          aria-required={required || undefined}
          {...props}
          {...register(path, options)}
        >
          {children}
        </select>
      )}
    </FieldFrame>
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
  const error = useFieldError(path);
  const id = builderFieldId(path);
  const describedBy =
    [error ? `${id}-error` : null, help ? `${id}-help` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "field field--error builder-check" : "field builder-check"}>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className="choice">
        <input
          id={id}
          type="checkbox"
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...register(path, options)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {help ? (
        <p className="field__help builder-check__help" id={`${id}-help`}>
          {help}
        </p>
      ) : null}
    </div>
  );
}

/** An id that may no longer change: shown as text, since exports and stored answers use it. */
export function LockedId({ text }: { text: string }) {
  return <p className="builder-locked-id">{text}</p>;
}
