import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-path";

describe("safeCallbackPath", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeCallbackPath("/beheer/gebruikers?x=1#top")).toBe("/beheer/gebruikers?x=1#top");
  });

  it("refuses anything that could leave the site", () => {
    for (const value of [
      "https://evil.example/",
      "//evil.example/beheer",
      "/\\evil.example",
      "javascript:alert(1)",
      "beheer",
      "/beheer\n/x",
      // Dot segments that resolve to a protocol-relative path (issue 10, finding 6).
      "/.//evil.example",
      "/..//evil.example",
      "/%2e//evil.example",
      "/./\\evil.example",
      "",
      undefined,
      ["/beheer"],
    ]) {
      expect(safeCallbackPath(value)).toBeNull();
    }
  });

  it("does not send people back to the sign-in or sign-out pages", () => {
    expect(safeCallbackPath("/inloggen?callbackUrl=/beheer")).toBeNull();
    expect(safeCallbackPath("/uitloggen")).toBeNull();
    expect(safeCallbackPath("/api/auth/signout")).toBeNull();
  });
});
