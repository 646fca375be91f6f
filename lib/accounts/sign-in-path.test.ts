import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-path";
import { homePathFor, signInPath, signInReason } from "./sign-in-path";

describe("the way to the sign-in page", () => {
  it("comes back to the page asked for", () => {
    const path = signInPath("/beheer/surveys/7?tab=vragen");
    expect(path).toBe("/inloggen?callbackUrl=%2Fbeheer%2Fsurveys%2F7%3Ftab%3Dvragen");
    const query = new URL(path, "http://x.invalid").searchParams;
    expect(safeCallbackPath(query.get("callbackUrl"))).toBe("/beheer/surveys/7?tab=vragen");
    expect(signInReason(query.get("reden"))).toBeNull();
  });

  it("names the limit that ended a session, and the sign-in page reads it back", () => {
    for (const ended of ["idle", "expired"] as const) {
      const query = new URL(signInPath("/beheer", ended), "http://x.invalid").searchParams;
      expect(query.get("callbackUrl")).toBe("/beheer");
      expect(signInReason(query.get("reden"))).toBe(ended);
    }
    expect(new URL(signInPath("/beheer", "idle"), "http://x.invalid").searchParams.get("reden")).toBe(
      "inactief",
    );
  });

  it("ignores a reason it does not know", () => {
    for (const value of [undefined, "", "x", ["inactief"], "idle"]) expect(signInReason(value)).toBeNull();
  });
});

describe("where someone lands after signing in without a page to return to", () => {
  it("sends staff to Beheer, the Adviesraad to its own area and anyone else to the front page", () => {
    expect(homePathFor("admin")).toBe("/beheer");
    expect(homePathFor("staff")).toBe("/beheer");
    expect(homePathFor("adviesraad")).toBe("/adviesraad");
    expect(homePathFor("panel")).toBe("/");
    expect(homePathFor(undefined)).toBe("/");
  });
});
