import { describe, expect, it } from "vitest";
import { authorizationResponse } from "./authorization-response";
import { AuthorizationError, InputError } from "./errors";

describe("a download route's answer to a refused caller", () => {
  it("says 401 to someone not signed in and 403 to someone without the permission, uncached", async () => {
    const signedOut = authorizationResponse(new AuthorizationError("signed-out"));
    expect(signedOut?.status).toBe(401);
    expect(await signedOut?.text()).toBe("Log eerst in.");
    expect(signedOut?.headers.get("cache-control")).toBe("no-store");
    const forbidden = authorizationResponse(new AuthorizationError("forbidden", "results:export"), {
      signedOut: "Sign in first.",
      forbidden: "No access.",
    });
    expect(forbidden?.status).toBe(403);
    expect(await forbidden?.text()).toBe("No access.");
  });

  it("leaves any other error to the route, which throws it on", () => {
    expect(authorizationResponse(new InputError({ formError: "x" }))).toBeNull();
    expect(authorizationResponse(new Error("database gone"))).toBeNull();
  });
});
