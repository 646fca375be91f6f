import { describe, expect, it } from "vitest";
import { CROSS_SITE_MESSAGE, crossSiteRefusal, isSameOriginRequest } from "./same-origin";

const URL_HERE = "http://peiling.test:3000/beheer/surveys/1/export";

function request(method: string, headers: Record<string, string>): Request {
  return new Request(URL_HERE, { method, headers: { host: "peiling.test:3000", ...headers } });
}

describe("isSameOriginRequest", () => {
  it("allows a click or a form on our own pages", () => {
    expect(isSameOriginRequest(request("GET", { "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(
      isSameOriginRequest(
        request("POST", { "sec-fetch-site": "same-origin", origin: "http://peiling.test:3000" }),
      ),
    ).toBe(true);
  });

  it("allows a download the person starts themselves (address bar, bookmark), but never a POST", () => {
    expect(isSameOriginRequest(request("GET", { "sec-fetch-site": "none" }))).toBe(true);
    expect(isSameOriginRequest(request("POST", { "sec-fetch-site": "none" }))).toBe(false);
  });

  it("refuses another site's page, even one under the same domain, whatever Origin claims", () => {
    for (const method of ["GET", "POST"]) {
      expect(isSameOriginRequest(request(method, { "sec-fetch-site": "cross-site" }))).toBe(false);
      expect(isSameOriginRequest(request(method, { "sec-fetch-site": "same-site" }))).toBe(false);
      expect(
        isSameOriginRequest(
          request(method, { "sec-fetch-site": "cross-site", origin: "http://peiling.test:3000" }),
        ),
      ).toBe(false);
    }
  });

  it("without fetch metadata (an older browser), judges by Origin", () => {
    expect(isSameOriginRequest(request("POST", { origin: "http://peiling.test:3000" }))).toBe(true);
    expect(isSameOriginRequest(request("POST", { origin: "https://evil.example" }))).toBe(false);
    expect(isSameOriginRequest(request("POST", { origin: "http://peiling.test:3001" }))).toBe(false);
    expect(isSameOriginRequest(request("POST", { origin: "null" }))).toBe(false);
    expect(isSameOriginRequest(request("GET", { origin: "https://evil.example" }))).toBe(false);
  });

  it("accepts the host a proxy forwarded, and the configured base URL's host", () => {
    const proxied = new Request("http://127.0.0.1:3000/x", {
      method: "POST",
      headers: {
        host: "127.0.0.1:3000",
        "x-forwarded-host": "peiling.gemeente.nl",
        origin: "https://peiling.gemeente.nl",
      },
    });
    expect(isSameOriginRequest(proxied)).toBe(true);
    // PEILING_BASE_URL defaults to http://localhost:3000 in tests.
    const configured = new Request("http://10.0.0.5:3000/x", {
      method: "POST",
      headers: { host: "10.0.0.5:3000", origin: "http://localhost:3000" },
    });
    expect(isSameOriginRequest(configured)).toBe(true);
  });

  it("lets a request with neither header through: a plain link sends no Origin, a script holds no victim's cookie", () => {
    expect(isSameOriginRequest(request("GET", {}))).toBe(true);
    expect(isSameOriginRequest(request("POST", {}))).toBe(true);
  });
});

describe("crossSiteRefusal", () => {
  it("answers another site with 403 and a message saying what to do", async () => {
    const refused = crossSiteRefusal(
      request("POST", { "sec-fetch-site": "cross-site", origin: "https://evil.example" }),
    );
    expect(refused?.status).toBe(403);
    expect(await refused?.text()).toBe(CROSS_SITE_MESSAGE);
    expect(CROSS_SITE_MESSAGE).toContain("alleen vanaf de pagina's van Peiling");
    expect(crossSiteRefusal(request("GET", { "sec-fetch-site": "same-origin" }))).toBeNull();
  });
});
