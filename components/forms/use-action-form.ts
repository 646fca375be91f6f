"use client";

import { startTransition, useRef } from "react";
import type { FieldValues, UseFormHandleSubmit } from "react-hook-form";

/**
 * The props every checked form spreads on its <form>: react-hook-form checks the fields in the
 * browser with the zod schema (so `noValidate`), and on a valid submit the form's own data, with
 * the button that sent it, goes to the server action in a transition. `action` keeps the form
 * posting without JavaScript.
 */
export function useActionForm<T extends FieldValues, U>(
  handleSubmit: UseFormHandleSubmit<T, U>,
  formAction: (data: FormData) => void,
) {
  const ref = useRef<HTMLFormElement>(null);
  const onSubmit = handleSubmit((_values, event) => {
    const form = ref.current;
    const submitter = (event?.nativeEvent as SubmitEvent | undefined)?.submitter ?? null;
    if (form) startTransition(() => formAction(new FormData(form, submitter)));
  });
  return { ref, action: formAction, onSubmit, noValidate: true };
}
