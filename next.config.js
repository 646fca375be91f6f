// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets several checkouts' dev servers (and the e2e server) run side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // highs loads its WebAssembly file from beside its own script: bundled, that path points
  // nowhere and the disclosure audit (publish page, publishing) fails at run time.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "highs"],
  poweredByHeader: false,
  // `npm test` type-checks the whole tree with `tsc --noEmit`; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Kept equal to MAX_BODY_BYTES in lib/http/malformed-request.ts: proxy.ts refuses a larger body
    // with 413 and a Dutch page before Next reads it (Next itself would answer 500).
    serverActions: { bodySizeLimit: "2mb" },
    // forbidden() from next/navigation: a signed-in user without the right gets the "Geen toegang"
    // page (app/forbidden.tsx) with status 403, not 200.
    authInterrupts: true,
  },
  // The security headers that are the same on every response, static files and downloads included.
  // The Content-Security-Policy (a fresh nonce each time) and HSTS (only on an https site) are set
  // per request by proxy.ts; see README "Security".
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          // A download or upload is never run as a script or page because of a guessed type.
          { key: "X-Content-Type-Options", value: "nosniff" },
          // Resume and invitation links carry tokens: other sites never see the address we came from.
          { key: "Referrer-Policy", value: "same-origin" },
          // For browsers older than CSP's frame-ancestors 'none': no framing, no clickjacking.
          { key: "X-Frame-Options", value: "DENY" },
          // Peiling uses none of these; a script that got in cannot ask for them either.
          {
            key: "Permissions-Policy",
            value:
              "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), display-capture=(), browsing-topics=()",
          },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
