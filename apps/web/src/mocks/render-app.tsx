// Mounts the whole app at a URL against msw-mocked tRPC (one request per call, no retries) for component tests.
import { createMemoryHistory } from "@tanstack/react-router";
import { render } from "@testing-library/react";
import { App } from "../app.tsx";
import { createAppRouter } from "../router.tsx";
import { createApi } from "../trpc.ts";

import { TEST_TRPC_URL } from "./api-backend.ts";

export function renderApp(path: string) {
  const api = createApi({ url: TEST_TRPC_URL, batch: false });
  api.queryClient.setDefaultOptions({ queries: { retry: false, staleTime: Infinity } });
  const router = createAppRouter({ history: createMemoryHistory({ initialEntries: [path] }) });
  const view = render(<App api={api} router={router} />);
  return { ...view, api, router };
}
