"use client";

import { createContext, type ReactNode, useCallback, useContext, useState } from "react";

/**
 * One polite live region for the builder: moving, adding and removing items is announced, so a
 * screen reader user hears where an item went even when focus stays on its button.
 */
const AnnounceContext = createContext<(message: string) => void>(() => {});

export function LiveRegionProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState({ text: "", n: 0 });
  const announce = useCallback((text: string) => setMessage((m) => ({ text, n: m.n + 1 })), []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className="visually-hidden" aria-live="polite" role="status" data-testid="builder-announcer">
        {/* The key makes a repeated message (moving twice) be read again. */}
        <span key={message.n}>{message.text}</span>
      </div>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}
