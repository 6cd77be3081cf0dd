import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { I18nextProvider, useTranslation } from "react-i18next";
import { i18n } from "./i18n/index.ts";
import type { AppRouterInstance } from "./router.tsx";
import { BaseUrlProvider, TrpcProvider, type Api } from "./trpc.ts";

/** Everything the screens need from above: the query cache, the tRPC proxy and the router. Tests mount it too. */
export function App({ api, router }: { api: Api; router: AppRouterInstance }) {
  return (
    <I18nextProvider i18n={i18n}>
      <AppInLanguage api={api} router={router} />
    </I18nextProvider>
  );
}

// A change of language mounts the screens anew (the router keeps the URL, the cache keeps the data), so text that
// helpers outside React translate is redone too.
function AppInLanguage({ api, router }: { api: Api; router: AppRouterInstance }) {
  const { i18n: current } = useTranslation();
  return (
    <QueryClientProvider client={api.queryClient} key={current.language}>
      <TrpcProvider value={api.trpc}>
        <BaseUrlProvider value={api.baseUrl}>
          <RouterProvider router={router} />
        </BaseUrlProvider>
      </TrpcProvider>
    </QueryClientProvider>
  );
}
