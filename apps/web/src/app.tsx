import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import type { AppRouterInstance } from "./router.tsx";
import { BaseUrlProvider, TrpcProvider, type Api } from "./trpc.ts";

/** Everything the screens need from above: the query cache, the tRPC proxy and the router. Tests mount it too. */
export function App({ api, router }: { api: Api; router: AppRouterInstance }) {
  return (
    <QueryClientProvider client={api.queryClient}>
      <TrpcProvider value={api.trpc}>
        <BaseUrlProvider value={api.baseUrl}>
          <RouterProvider router={router} />
        </BaseUrlProvider>
      </TrpcProvider>
    </QueryClientProvider>
  );
}
