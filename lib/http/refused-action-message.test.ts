import { describe, expect, it } from "vitest";
import { actionErrorText } from "./error-response";
import { refusedActionMessage } from "./refused-action-message";

describe("refusedActionMessage", () => {
  it("recognises the proxy's answers to a refused action", async () => {
    const tooLarge = await actionErrorText("tooLarge").text();
    expect(refusedActionMessage(tooLarge)?.title).toBe("Wat u verstuurde is te groot");
    const invalid = await actionErrorText("invalidAction").text();
    expect(refusedActionMessage(invalid)?.title).toBe("Dit verzoek klopt niet");
  });

  it("leaves every other error alone", () => {
    expect(refusedActionMessage("An unexpected response was received from the server.")).toBeNull();
    expect(refusedActionMessage("Cannot read properties of undefined (reading 'get')")).toBeNull();
    expect(refusedActionMessage("")).toBeNull();
  });
});
