import path from "node:path";
import { defineConfig } from "vitest/config";
import { isPostgresWriteAfterClose } from "./db/availability";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // "server-only" throws outside React Server Components; tests call query files directly.
      "server-only": path.join(root, "tests/server-only.ts"),
    },
  },
  test: {
    exclude: ["node_modules/**", ".next/**", "e2e/**", ".data/**"],
    // `unit` is lib/ (pure by a lint rule) and the presentational components: no database,
    // seconds (`npm run test:unit`); `integration` is everything else, on both databases seeded once.
    projects: [
      { extends: true, test: { name: "unit", include: ["lib/**/*.test.ts", "components/**/*.test.ts"] } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.test.ts"],
          exclude: ["lib/**", "components/**", "node_modules/**", ".next/**", "e2e/**", ".data/**"],
          globalSetup: ["tests/global-setup.ts"],
        },
      },
    ],
    // CI also writes a JSON report, from which .ci/run prints one plain summary line.
    reporters: process.env.CI ? ["default", ["json", { outputFile: "reports/vitest.json" }]] : ["default"],
    // The database fault tests stop PostgreSQL under open transactions, which sets off
    // this one known postgres.js error (see db/availability.ts); any other still fails the run.
    onUnhandledError: (error) => !isPostgresWriteAfterClose(error),
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
