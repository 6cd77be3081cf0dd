import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  publicDir: false,
  build: { outDir: "dist", chunkSizeWarningLimit: 1200 },
  server: { proxy: { "/trpc": "http://127.0.0.1:3000", "/healthz": "http://127.0.0.1:3000" } },
  test: {
    name: "web",
    include: ["src/**/*.test.{ts,tsx}"],
    // Pure helpers run in node; component tests opt into a DOM with `// @vitest-environment happy-dom`.
    environment: "node",
    passWithNoTests: true,
  },
});
