import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig(({ mode }) => ({
  plugins: [react()],
  // The msw service worker is served only in `vite --mode mock`, never copied into dist.
  publicDir: mode === "mock" ? "mock-public" : false,
  build: { outDir: "dist", chunkSizeWarningLimit: 1200 },
  server: { proxy: { "/trpc": "http://127.0.0.1:3000", "/healthz": "http://127.0.0.1:3000" } },
  test: {
    name: "web",
    include: ["src/**/*.test.{ts,tsx}"],
    // Pure helpers run in node; component tests opt into a DOM with `// @vitest-environment happy-dom`.
    environment: "node",
    passWithNoTests: true,
  },
}));
