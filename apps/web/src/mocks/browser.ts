// `vite --mode mock`: the SPA runs against fixture data in a service worker, with no server.
import { setupWorker } from "msw/browser";
import { liveStore, mockHandlers } from "./mock-store.ts";
import { mockInbox } from "./mock-webhooks.ts";

export async function startMockWorker(): Promise<void> {
  const worker = setupWorker(
    ...mockHandlers(liveStore({ backlog: 260, everyMs: 6_000 }), "pglite", undefined, mockInbox(180)),
  );
  await worker.start({ onUnhandledRequest: "bypass", quiet: true });
}
