import type { ReactNode, TextareaHTMLAttributes } from "react";

type FrameProps = {
  id: string;
  label: ReactNode;
  /** "(verplicht)" or a conditional variant; omitted for optional fields. */
  requiredLabel?: string;
  help?: string;
  error?: string;
  children: (describedBy: string | undefined) => ReactNode;
};

/** Label, help and error beside the control, linked with aria-describedby (NL Design System). */
export function FieldFrame({ id, label, requiredLabel, help, error, children }: FrameProps) {
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
      {children(describedBy)}
    </div>
  );
}

type TextareaProps = Omit<FrameProps, "children"> & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id">;

export function TextareaField({ id, label, requiredLabel, help, error, ...textareaProps }: TextareaProps) {
  return (
    <FieldFrame id={id} label={label} requiredLabel={requiredLabel} help={help} error={error}>
      {(describedBy) => (
        <textarea
          id={id}
          className="textarea"
          aria-invalid={error ? true : undefined}
          aria-required={requiredLabel ? true : undefined}
          aria-describedby={describedBy}
          {...textareaProps}
        />
      )}
    </FieldFrame>
  );
}
