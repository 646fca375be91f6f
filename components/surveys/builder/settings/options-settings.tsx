"use client";

import { OptionListEditor } from "./option-list-editor";

/** Dropdown and ranking: only their options. */
export function OptionsSettings({ path }: { path: string }) {
  return <OptionListEditor path={`${path}.options`} kind="options" />;
}
