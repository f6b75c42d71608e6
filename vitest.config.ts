import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "node",
          include: [
            "packages/*/src/**/*.test.ts",
            "packages/*/test/**/*.test.ts",
            "apps/*/src/**/*.test.ts",
          ],
        },
      },
      {
        // The web app in Chromium through the real server: one file at a time (each drives a
        // browser), after building the app when its build is missing or stale.
        test: {
          name: "web-browser",
          include: ["apps/web/test/**/*.test.ts"],
          globalSetup: ["apps/web/support/global-setup.ts"],
          fileParallelism: false,
          // A real browser on a busy two-core machine now and then misses a frame it waits
          // for; a test must fail twice in a row to fail the run.
          retry: 1,
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
