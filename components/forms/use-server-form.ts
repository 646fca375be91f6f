"use client";

import { useActionState } from "react";
import { type FormErrorOptions, useFormErrors } from "@/components/forms/use-form-errors";
import type { ServerAction } from "@/lib/accounts/client";

/**
 * A form only the server checks (a plain post: works without JavaScript, nothing to check in the
 * browser): the action's state and the one view of its errors. `fields` maps each field name to
 * its element id; without fields every message is about the whole form and links nowhere.
 */
export function useServerForm<Data>(
  action: ServerAction<Data>,
  fields: Record<string, string> = {},
  options?: FormErrorOptions,
) {
  const [state, formAction] = useActionState(action, null);
  const { errorFor, items, focusKey } = useFormErrors({}, state, fields, 0, options);
  return { state, formAction, errorFor, items, focusKey };
}
