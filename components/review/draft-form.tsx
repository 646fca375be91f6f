"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { type ReactNode, useActionState, useRef } from "react";
import { type DefaultValues, type FieldValues, type Resolver, useForm } from "react-hook-form";
import type { ZodType } from "zod";
import type { ErrorSummaryItem } from "@/components/forms/error-summary";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFormErrors } from "@/components/forms/use-form-errors";
import { Notice } from "@/components/layout/notice";
import type { ActionResult, ServerAction } from "@/lib/accounts/client";

/**
 * A review document kept as a draft (the advice, the official response): its action's state, the
 * intent of the button pressed ("save" or the one that makes it final), and react-hook-form
 * checking the values with the server's zod schema together with that intent (sending asks more
 * than saving).
 */
export function useDraftForm<Values extends FieldValues, Intent extends string, Data>(
  action: ServerAction<Data>,
  schema: ZodType<{ intent: Intent }>,
  initial: Values,
) {
  const [state, formAction] = useActionState(action, null);
  const intent = useRef<Intent>("save" as Intent);
  const resolver: Resolver<Values> = (values, context, options) =>
    (zodResolver(schema as never) as unknown as Resolver<Values & { intent: string }>)(
      { ...values, intent: intent.current },
      context,
      options as never,
    ) as never;
  const form = useForm<Values>({
    shouldFocusError: false,
    resolver,
    defaultValues: initial as DefaultValues<Values>,
  });
  return { state, formAction, intent, form };
}

/**
 * The draft's errors (`fields` maps each field name to its element id, as for useFormErrors), and
 * what DraftForm needs to show them and to post.
 */
export function useDraftErrors<Values extends FieldValues, Data extends { status: string }>(
  { state, formAction, form }: ReturnType<typeof useDraftForm<Values, string, Data>>,
  fields: Record<string, string>,
) {
  const { errorFor, items, focusKey } = useFormErrors(
    form.formState.errors,
    state,
    fields,
    form.formState.submitCount,
  );
  const formProps = useActionForm(form.handleSubmit, formAction);
  return { errorFor, head: { formProps, items, focusKey, state } };
}

/**
 * The form of a draft document and its head: the error summary, "saved" after a save, the hidden
 * values that say which document it is (`hidden`), and when the draft was last saved, so the
 * server refuses a save made from an older state. `children` is the document's body.
 */
export function DraftForm({
  formProps,
  className,
  name,
  items,
  focusKey,
  state,
  savedText,
  baseUpdatedAt,
  hidden,
  children,
}: {
  /** What useActionForm returns. */
  formProps: ReturnType<typeof useActionForm>;
  className: string;
  /** The form's data-form name. */
  name: string;
  items: ErrorSummaryItem[];
  focusKey: unknown;
  state: ActionResult<{ status: string }> | null;
  savedText: string;
  baseUpdatedAt: number;
  hidden: ReactNode;
  children: ReactNode;
}) {
  const saved = state?.ok === true && state.data.status === "draft";
  return (
    <form {...formProps} className={className} data-form={name}>
      <FormErrorSummary items={items} messages="review.form" focusKey={focusKey} />
      {saved ? <Notice tone="success">{savedText}</Notice> : null}
      {hidden}
      <input type="hidden" name="baseUpdatedAt" value={baseUpdatedAt} />
      {children}
    </form>
  );
}
