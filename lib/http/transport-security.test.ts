import { describe, expect, it } from "vitest";
import { strictTransportSecurity } from "./transport-security";

describe("strictTransportSecurity", () => {
  it("is sent for a site whose public address is https", () => {
    expect(strictTransportSecurity("https://peiling.oosterhout.nl")).toBe(
      "max-age=31536000; includeSubDomains",
    );
  });

  it("is not sent for a plain-http site, where it would be ignored or lock people out", () => {
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
    expect(strictTransportSecurity("http://peiling.intranet")).toBeNull();
  });
});
