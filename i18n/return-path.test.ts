import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeReturnPath("/s/buurt?pagina=2#vraag-3")).toBe("/s/buurt?pagina=2#vraag-3");
    expect(safeReturnPath("/")).toBe("/");
    expect(safeReturnPath("/inloggen")).toBe("/inloggen");
  });

  it("refuses anything that could leave the site", () => {
    for (const value of [
      "https://evil.example/",
      "http:/evil.example",
      "//evil.example/s/buurt",
      "/\\evil.example",
      "\\\\evil.example",
      "javascript:alert(1)",
      "s/buurt",
      "/s/buurt\n/x",
      "/s/buurt\r\nSet-Cookie: x=1",
      "/.//evil.example",
      "/..//evil.example",
      "/%2e//evil.example",
      "/./\\evil.example",
      "",
      null,
      undefined,
      ["/s/buurt"],
      `/${"a".repeat(2001)}`,
    ]) {
      expect(safeReturnPath(value)).toBeNull();
    }
  });

  it("does not send people back into the language switch itself", () => {
    expect(safeReturnPath("/taal/en?terug=/")).toBeNull();
  });
});
