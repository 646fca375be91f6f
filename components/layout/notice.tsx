import type { ReactNode } from "react";

/**
 * A one-line notice at the top of a page or form (NL Design System alert): neutral or success
 * news is announced politely (role=status), an error at once (role=alert).
 */
export function Notice({
  tone = "info",
  children,
}: {
  tone?: "info" | "success" | "error";
  children: ReactNode;
}) {
  return (
    <div
      className={tone === "info" ? "alert" : `alert alert--${tone}`}
      role={tone === "error" ? "alert" : "status"}
    >
      <p>{children}</p>
    </div>
  );
}
