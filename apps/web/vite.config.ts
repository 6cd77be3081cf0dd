import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  build: { outDir: "dist", chunkSizeWarningLimit: 1200 },
  server: { proxy: { "/trpc": "http://127.0.0.1:3000", "/healthz": "http://127.0.0.1:3000" } },
  test: { name: "web", include: ["src/**/*.test.{ts,tsx}"], environment: "node", passWithNoTests: true },
});
