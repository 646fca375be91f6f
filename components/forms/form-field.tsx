import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

/*
 * The form field every form uses (NL Design System): label, help text and error message beside
 * the control, and the control marked aria-invalid and described by the error and the help.
 * TextField (and EmailField), SelectField, TextareaField and FileField cover the usual controls; FieldFrame takes any other
 * control (it gets the aria-describedby to put on it).
 */

type Common = {
  id: string;
  label: ReactNode;
  /** "(verplicht)" or a conditional variant; omitted for optional fields. */
  requiredLabel?: string;
  help?: ReactNode;
  error?: string;
};

type FieldFrameProps = Common & { children: (describedBy: string | undefined) => ReactNode };

export function FieldFrame({ id, label, requiredLabel, help, error, children }: FieldFrameProps) {
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

/** What a framed control carries: its id, and aria attributes saying it is invalid, required, described. */
type ControlAria = {
  id: string;
  "aria-invalid": true | undefined;
  "aria-required": true | undefined;
  "aria-describedby": string | undefined;
};

/**
 * Frames one control: the field's own props go to FieldFrame, the rest to the control with its id
 * and aria attributes (which the rest may override, like the control's class).
 */
function framed<Rest extends object>(
  { id, label, requiredLabel, help, error, ...rest }: Common & Rest,
  control: (props: ControlAria & Omit<Rest, keyof Common>) => ReactNode,
) {
  return (
    <FieldFrame id={id} label={label} requiredLabel={requiredLabel} help={help} error={error}>
      {(describedBy) =>
        control({
          id,
          "aria-invalid": error ? true : undefined,
          "aria-required": requiredLabel ? true : undefined,
          "aria-describedby": describedBy,
          ...rest,
        })
      }
    </FieldFrame>
  );
}

export function TextField(props: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "id">) {
  return framed(props, (control) => <input className="input" {...control} />);
}

/** An e-mail address: the e-mail keyboard, no spelling check, and autocomplete "email" unless given. */
export function EmailField(props: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type">) {
  return <TextField type="email" autoComplete="email" spellCheck={false} {...props} />;
}

export function SelectField(props: Common & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id">) {
  return framed(props, (control) => <select className="select" {...control} />);
}

export function TextareaField(props: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id">) {
  return framed(props, (control) => <textarea className="textarea" {...control} />);
}

/**
 * A file to upload (an import: CSV, JSON). No aria-required: a file input has no role that takes it;
 * the label's "(verplicht)" says it.
 */
export function FileField(props: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type">) {
  return framed(props, ({ "aria-required": _notForFiles, ...control }) => <input type="file" {...control} />);
}
