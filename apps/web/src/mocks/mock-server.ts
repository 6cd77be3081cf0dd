// The msw server every component test uses: the real API over a fresh database per test, signed in as Olga (ops)
// unless the test signs in as someone else; handlers a test adds with server.use() go first and fall through to
// the API when they return nothing.
import { cleanup, configure } from "@testing-library/react";
import { setupServer, type SetupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { apiHandler, startBackend, type Backend, type RunningBackend } from "./api-backend.ts";

// The API answers from a real database on a shared 2-core machine: give findBy/waitFor more than their 1 s default.
configure({ asyncUtilTimeout: 5_000 });

export function useMockServer(): { server: SetupServer; backend: () => Backend } {
  let current: RunningBackend | null = null;
  const server = setupServer(apiHandler(() => current));
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  beforeEach(async () => {
    current = await startBackend();
    await current.signIn("ops@paylens.demo");
  }, 60_000);
  afterEach(async () => {
    cleanup();
    server.resetHandlers();
    await current?.close();
    current = null;
  });
  afterAll(() => server.close());
  return {
    server,
    backend: () => {
      if (!current) throw new Error("the backend runs only inside a test");
      return current;
    },
  };
}
