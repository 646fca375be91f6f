import { describe, expect, it } from "vitest";
import { publicAddress } from "./public-address";

describe("the public address for printed and mailed links", () => {
  it("is the configured address, without a trailing slash", () => {
    expect(publicAddress("https://peiling.oosterhout.nl/", true)).toEqual({
      baseUrl: "https://peiling.oosterhout.nl",
      problem: null,
    });
  });

  it("says so when nothing is configured and the development default is used", () => {
    expect(publicAddress("http://localhost:3000", false)).toEqual({
      baseUrl: "http://localhost:3000",
      problem: "not-set",
    });
  });

  it("says so when the configured address is this computer itself", () => {
    for (const url of [
      "http://localhost:3000",
      "http://127.0.0.1:8080",
      "http://[::1]:3000",
      "http://app.localhost",
    ]) {
      expect(publicAddress(url, true).problem, url).toBe("this-computer");
    }
  });

  it("takes a name inside the municipality's network at its word", () => {
    expect(publicAddress("http://peiling.intern.oosterhout.nl", true).problem).toBeNull();
  });
});
