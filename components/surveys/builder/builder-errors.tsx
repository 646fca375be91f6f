"use client";

import { createContext, type ReactNode, useContext } from "react";

/** The message to show beside a field, by its path in the form model (browser or server errors). */
type ErrorLookup = (path: string) => string | undefined;

const BuilderErrorsContext = createContext<ErrorLookup>(() => undefined);

export function BuilderErrorsProvider({ lookup, children }: { lookup: ErrorLookup; children: ReactNode }) {
  return <BuilderErrorsContext.Provider value={lookup}>{children}</BuilderErrorsContext.Provider>;
}

export function useFieldError(path: string): string | undefined {
  return useContext(BuilderErrorsContext)(path);
}
