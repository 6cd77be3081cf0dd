import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { bundleReport } from "./build/bundle-report.ts";

export default defineConfig({
  plugins: [react(), bundleReport()],
  publicDir: false,
  // The console targets current browsers, which all preload modules natively: no polyfill in the first screen's budget.
  build: { outDir: "dist", modulePreload: { polyfill: false } },
  server: { proxy: { "/trpc": "http://127.0.0.1:3000", "/healthz": "http://127.0.0.1:3000" } },
  resolve: {
    // `// @vitest-environment dom-and-api` in a component test names this file (a docblock takes names, not paths).
    alias: {
      "vitest-environment-dom-and-api": fileURLToPath(new URL("src/mocks/dom-and-api-environment.ts", import.meta.url)),
    },
  },
  test: {
    name: "web",
    include: ["src/**/*.test.{ts,tsx}"],
    // Pure helpers run in node; component tests opt into a DOM with `// @vitest-environment happy-dom`.
    environment: "node",
    setupFiles: ["src/i18n/test-setup.ts"],
    // A worker keeps React, happy-dom, the routes and the API loaded from one file to the next instead of importing
    // them again per file: a third less CPU for the project. Each test still gets its own database, msw server and
    // render (mocks/mock-server.ts cleans up after every test).
    isolate: false,
    // Component tests run the real API over a fresh in-memory database each, on a shared 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    passWithNoTests: true,
  },
});
