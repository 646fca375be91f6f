"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState } from "react";
import { type DefaultValues, type FieldValues, type Resolver, useForm } from "react-hook-form";
import type { ZodType } from "zod";
import { useActionForm } from "@/components/forms/use-action-form";
import { type FormErrorOptions, useFormErrors } from "@/components/forms/use-form-errors";
import type { ServerAction } from "@/lib/accounts/client";

/**
 * A form checked with its server action's own zod schema, wired the one way every such form is:
 * the action's state, react-hook-form with that schema (focus goes to the error summary, not to
 * the first field: NL Design System), the one view of the errors (useFormErrors; `fields` maps
 * each field name to its element id) and the props for the <form> (useActionForm). Returns
 * react-hook-form's methods with these beside them.
 */
export function useCheckedForm<Values extends FieldValues, Data>({
  action,
  schema,
  defaultValues,
  fields,
  errorOptions,
}: {
  action: ServerAction<Data>;
  /** The schema the server action checks with; its input is the form's values. */
  schema: ZodType<unknown, Values>;
  defaultValues: DefaultValues<Values>;
  fields: Record<string, string>;
  errorOptions?: FormErrorOptions;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const form = useForm<Values>({
    shouldFocusError: false,
    resolver: zodResolver(schema as never) as unknown as Resolver<Values>,
    defaultValues,
  });
  const { errorFor, items, focusKey } = useFormErrors(
    form.formState.errors,
    state,
    fields,
    form.formState.submitCount,
    errorOptions,
  );
  const formProps = useActionForm(form.handleSubmit, formAction);
  return { ...form, state, pending, errorFor, items, focusKey, formProps };
}
