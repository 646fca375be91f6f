import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // The marker package throws outside React Server Components; unit tests run the data layer (lib/*/data) directly.
      "server-only": path.resolve(__dirname, "lib/testing/server-only-stub.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "cli/**/*.test.ts", "i18n/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    // CLI tests start real subprocesses (node + tsx), and `setup` seeds the demo, which publishes its
    // 2025 edition through disclosure control (an integer-program audit of ~7,000 figures, ~10 s
    // alone); on a busy 2-core machine running test files side by side that takes a while.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
