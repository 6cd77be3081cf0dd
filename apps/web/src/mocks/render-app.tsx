// Mounts the whole app at a URL against msw-mocked tRPC (one request per call, no retries) for component tests.
import { createMemoryHistory } from "@tanstack/react-router";
import { render } from "@testing-library/react";
import { App } from "../app.tsx";
import { createAppRouter } from "../router.tsx";
import { createApi } from "../trpc.ts";

import { TEST_TRPC_URL } from "./api-backend.ts";

// Screens load with their routes and the palette's dialog on first use (router.tsx, command-palette.tsx). Tests load
// them all here, once per file, so no test's wait for the screen includes importing its code on a busy machine.
const preloading = createAppRouter({ history: createMemoryHistory() });
await Promise.all([
  ...Object.values(preloading.routesById).map((route) => preloading.loadRouteChunk(route)),
  import("../components/palette-dialog.tsx"),
]);

export function renderApp(path: string) {
  const api = createApi({ url: TEST_TRPC_URL, batch: false });
  api.queryClient.setDefaultOptions({ queries: { retry: false, staleTime: Infinity } });
  const router = createAppRouter({ history: createMemoryHistory({ initialEntries: [path] }) });
  const view = render(<App api={api} router={router} />);
  return { ...view, api, router };
}
