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
    serverActions: { bodySizeLimit: "2mb" },
    // forbidden() from next/navigation: a signed-in user without the right gets the "Geen toegang"
    // page (app/forbidden.tsx) with status 403, not 200.
    authInterrupts: true,
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
