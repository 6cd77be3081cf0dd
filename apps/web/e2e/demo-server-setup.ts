// One demo server for every browser test file (vitest's globalSetup): a server start and its demo back-fill cost more
// than most files' own work, and the files only add to the demo's data (a refund, a token, a reconciliation), which the
// others find by their own searches rather than by counting.
import type { TestProject } from "vitest/node";
import { startServer } from "./server-process.ts";

declare module "vitest" {
  export interface ProvidedContext {
    demoServerUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startServer();
  project.provide("demoServerUrl", server.url);
  return () => server.stop();
}
