"use client";

import { useCallback, useEffect, useRef } from "react";

/**
 * Warns before leaving the builder with unsaved changes: the browser's own dialog when the page
 * unloads (reload, closing the tab, typing an address), and a confirm for links inside the app,
 * which Next.js follows without unloading the page. Returns `allowLeave`, for a link that leaves
 * on purpose (reloading after a conflict).
 */
export function useUnsavedChangesWarning(dirty: boolean, message: string): () => void {
  const dirtyRef = useRef(dirty);
  const leaving = useRef(false);
  dirtyRef.current = dirty;

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!dirtyRef.current || leaving.current) return;
      event.preventDefault();
      // Older browsers need a returnValue to show the dialog.
      event.returnValue = message;
    };
    const onClick = (event: MouseEvent) => {
      if (!dirtyRef.current || leaving.current || event.defaultPrevented) return;
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement)) return;
      if (link.target === "_blank" || link.hasAttribute("download") || link.dataset.leavesBuilder === "true")
        return;
      if (link.getAttribute("href")?.startsWith("#")) return;
      if (window.confirm(message)) {
        leaving.current = true;
        return;
      }
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    // Capture phase on the document runs before Next.js's link handler.
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [message]);

  return useCallback(() => {
    leaving.current = true;
  }, []);
}
