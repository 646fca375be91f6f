"use client";

import { useCallback, useEffect, useState } from "react";

/**
 * Moves focus to an element by id once React has rendered the change that created or moved it:
 * after moving an item its buttons are re-rendered at the new position, after removing one the
 * list's add button takes focus, so keyboard users keep their place.
 */
export function useFocusAfterRender(): (id: string) => void {
  const [target, setTarget] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (!target) return;
    const element = document.getElementById(target.id);
    element?.focus();
  }, [target]);
  return useCallback((id: string) => setTarget({ id }), []);
}
