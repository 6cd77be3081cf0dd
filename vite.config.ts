// One vitest run for the whole workspace: each package is a project, so `vitest run` at the root runs every test.
import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

const node = (name: string, root: string) => ({
  // Booting PGlite takes seconds on a busy 2-core machine: generous hook timeouts, no flakes.
  test: {
    name,
    root,
    include: ["src/**/*.test.ts"],
    environment: "node" as const,
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});

export default defineConfig({
  test: {
    // Vitest leaves a core free by default, which on CI's 2 cores means one test file at a time; the tests wait on
    // databases, server processes and sockets often enough that a worker per core finishes the run much sooner.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      node("domain", "packages/domain"),
      node("codes", "packages/codes"),
      node("providers", "packages/providers"),
      node("db", "packages/db"),
      node("api", "packages/api"),
      node("sandbox", "apps/sandbox"),
      node("server", "apps/server"),
      // The lint rules' import boundaries, proved on small sources per package.
      {
        test: {
          name: "eslint",
          root: "tooling/eslint",
          include: ["*.test.ts"],
          environment: "node" as const,
          testTimeout: 60_000,
        },
      },
      "apps/web/vite.config.ts",
      // The browser test: the real server, the sandbox and Debian's Chromium (needs the built web app). It always runs
      // the server on PGlite, so the PostgreSQL pass (DATABASE_URL set) leaves it out rather than repeat it.
      ...(process.env["DATABASE_URL"]
        ? []
        : [
            {
              test: {
                name: "e2e",
                root: "apps/web",
                include: ["e2e/**/*.e2e.ts"],
                globalSetup: ["e2e/demo-server-setup.ts"],
                environment: "node" as const,
                testTimeout: 120_000,
                hookTimeout: 90_000,
              },
            },
          ]),
    ],
  },
});
