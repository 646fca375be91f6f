import { expect, test } from "@playwright/test";
import { logInAs } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { queryE2eDb } from "./support/db";
import { DEMO_SLUG } from "./support/survey";

test("staff print the survey's short link and QR code; a resident who types the link reaches the survey", async ({
  page,
  browser,
}) => {
  const [survey] = queryE2eDb<{ id: number }>("select id from surveys where slug = ?", DEMO_SLUG);
  await logInAs(page, "staff");
  await page.goto(`/beheer/surveys/${survey?.id}`);
  const share = page.getByRole("region", { name: "Delen op papier: korte link en QR-code" });
  await expect(share).toBeVisible();
  await expectNoAxeViolations(page);

  // The e2e server runs without PEILING_BASE_URL: staff are told before they print anything.
  const warning = share.getByTestId("public-address-warning");
  await expect(warning).toContainText("Let op: deze links werken nog niet voor inwoners");
  await expect(warning).toContainText("http://localhost:3000");
  await expect(warning).toContainText("PEILING_BASE_URL");

  // The short link is made of the configured address, not the address this browser used.
  const shortLink = (await share.getByTestId("short-link").textContent()) ?? "";
  expect(shortLink).toMatch(/^http:\/\/localhost:3000\/k\/[2-9a-hjkmnp-z]{6}$/);
  const code = shortLink.split("/").at(-1) ?? "";
  await expect(share.getByRole("img", { name: `QR-code met de korte link ${shortLink}` })).toBeVisible();

  // The same code on every visit: what is printed keeps working.
  await page.reload();
  await expect(page.getByTestId("short-link")).toHaveText(shortLink);

  // The QR code as files for print.
  const [svgDownload] = await Promise.all([
    page.waitForEvent("download"),
    share.getByRole("link", { name: /Download als SVG/ }).click(),
  ]);
  expect(svgDownload.suggestedFilename()).toBe(`qr-code-${code}.svg`);
  const svg = await page.request.get(`/beheer/surveys/${survey?.id}/qr/svg`);
  expect(svg.headers()["content-type"]).toBe("image/svg+xml");
  expect(await svg.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  const png = await page.request.get(`/beheer/surveys/${survey?.id}/qr/png`);
  expect(png.headers()["content-type"]).toBe("image/png");
  const pngBytes = await png.body();
  expect(pngBytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect(pngBytes.readUInt32BE(16)).toBe(1200);

  // A resident types the code from a poster, in capitals: on to the survey.
  const resident = await (await browser.newContext()).newPage();
  const answered = await resident.request.get(`/k/${code.toUpperCase()}`, { maxRedirects: 0 });
  expect(answered.status()).toBe(307);
  expect(answered.headers().location).toBe(`/s/${DEMO_SLUG}`);
  await resident.goto(`/k/${code}`);
  await expect(resident).toHaveURL(new RegExp(`/s/${DEMO_SLUG}$`));
  await expect(resident.getByRole("button", { name: "Start de vragenlijst" })).toBeVisible();

  // A code no survey has: the site's own not-found page.
  const unknown = await resident.goto("/k/zzzzzz");
  expect(unknown?.status()).toBe(404);
  await expect(resident.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(resident);

  // Without a staff session there is no QR file.
  const stranger = await resident.request.get(`/beheer/surveys/${survey?.id}/qr/svg`, { maxRedirects: 0 });
  expect(stranger.status(), "sent to sign in, not given the file").toBe(307);
  expect(stranger.headers().location).toContain("/inloggen");
});
