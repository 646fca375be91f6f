import type { TextareaHTMLAttributes } from "react";

/** A multi-line field in the same NL Design System frame as components/forms/form-field.tsx. */
export function TextAreaField({
  id,
  label,
  requiredLabel,
  help,
  error,
  ...textareaProps
}: {
  id: string;
  label: string;
  requiredLabel?: string;
  help?: string;
  error?: string;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id">) {
  const helpId = help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, helpId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "field field--error" : "field"}>
      <label className="field__label" htmlFor={id}>
        {label} {requiredLabel ? <span className="field__required">{requiredLabel}</span> : null}
      </label>
      {help ? (
        <p className="field__help" id={helpId}>
          {help}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      <textarea
        id={id}
        className="textarea"
        aria-invalid={error ? true : undefined}
        aria-required={requiredLabel ? true : undefined}
        aria-describedby={describedBy}
        {...textareaProps}
      />
    </div>
  );
}
