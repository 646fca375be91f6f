import { describe, expect, it } from "vitest";
import { actionErrorText } from "./error-response";
import { refusedActionKind } from "./refused-action-message";

describe("refusedActionKind", () => {
  it("recognises the proxy's answers to a refused action", async () => {
    expect(refusedActionKind(await actionErrorText("tooLarge").text())).toBe("tooLarge");
    expect(refusedActionKind(await actionErrorText("invalidAction").text())).toBe("invalidAction");
  });

  it("leaves every other error alone", () => {
    expect(refusedActionKind("An unexpected response was received from the server.")).toBeNull();
    expect(refusedActionKind("Cannot read properties of undefined (reading 'get')")).toBeNull();
    expect(refusedActionKind("")).toBeNull();
  });
});
