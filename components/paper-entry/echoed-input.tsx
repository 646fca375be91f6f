"use client";

import { type InputHTMLAttributes, useState } from "react";

/**
 * A short entry field that says back what the typed numbers stand for ("2" → "Zuiderhout"), so
 * staff see a slip of the finger before they save; the echo is an <output>, announced politely.
 */
export function EchoedInput({
  echo,
  defaultValue,
  ...props
}: Omit<InputHTMLAttributes<HTMLInputElement>, "defaultValue"> & {
  id: string;
  defaultValue: string;
  echo: (typed: string) => string;
}) {
  const [typed, setTyped] = useState(defaultValue);
  return (
    <>
      <input {...props} defaultValue={defaultValue} onChange={(event) => setTyped(event.target.value)} />
      <output htmlFor={props.id} className="entry-echo">
        {echo(typed)}
      </output>
    </>
  );
}
