// The one tRPC client: a QueryClient plus the typed options proxy (tRPC minimal-react shape), made per app or per test.
import { QueryClient, hashKey } from "@tanstack/react-query";
import { TRPCClientError, createTRPCClient, httpBatchLink, httpLink } from "@trpc/client";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { createContext, useContext } from "react";
import superjson from "superjson";
import type { AppRouter } from "@paylens/api/root";
import { csrfHeaders, setCsrfToken } from "./lib/csrf-token.ts";

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export interface ApiOptions {
  /** "/trpc" in the browser (same origin); an absolute URL in tests. */
  url: string;
  /** Batch requests in production; msw in component tests expects one request per call. */
  batch?: boolean;
  queryClient?: QueryClient;
}

/** Errors that retrying cannot fix: the transaction does not exist or the input is wrong. */
export function isPermanentError(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return false;
  const data: unknown = error.data;
  const code = typeof data === "object" && data !== null && "code" in data ? data.code : null;
  return code === "NOT_FOUND" || code === "BAD_REQUEST" || code === "UNAUTHORIZED" || code === "FORBIDDEN";
}

/** The session is gone (expired, signed out elsewhere, user disabled): the app goes back to sign-in. */
export function isUnauthorized(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return false;
  const data: unknown = error.data;
  return typeof data === "object" && data !== null && "code" in data && data.code === "UNAUTHORIZED";
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => !isPermanentError(error) && failures < 2,
        staleTime: 5_000,
      },
    },
  });
}

export function createApi(options: ApiOptions) {
  const queryClient = options.queryClient ?? createQueryClient();
  // Every call carries the session's CSRF token; the server refuses a cookie-authenticated change without it.
  const link =
    options.batch === false
      ? httpLink({ url: options.url, transformer: superjson, headers: csrfHeaders })
      : httpBatchLink({ url: options.url, transformer: superjson, headers: csrfHeaders });
  const client = createTRPCClient<AppRouter>({ links: [link] });
  const trpc = createTRPCOptionsProxy<AppRouter>({ client, queryClient });
  watchSession(queryClient, trpc.auth.me.queryKey());
  // Plain HTTP endpoints beside tRPC (the CSV export) live under the same origin and prefix.
  const baseUrl = options.url.replace(/\/trpc\/?$/, "");
  return { queryClient, client, trpc, baseUrl };
}

/** auth.me's answers set the CSRF token; any UNAUTHORIZED answer means signed out, which shows the sign-in form. */
function watchSession(queryClient: QueryClient, meKey: readonly unknown[]): void {
  const meHash = hashKey(meKey);
  const signedOut = () => {
    if (queryClient.getQueryData(meKey) !== null) queryClient.setQueryData(meKey, null);
  };
  queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== "updated") return;
    if (event.query.queryHash === meHash && event.action.type === "success") {
      const me = event.action.data as { csrfToken: string | null } | null;
      setCsrfToken(me?.csrfToken ?? null);
    } else if (event.action.type === "error" && isUnauthorized(event.action.error)) {
      signedOut();
    }
  });
  queryClient.getMutationCache().subscribe((event) => {
    if (event.type === "updated" && event.action.type === "error" && isUnauthorized(event.action.error)) signedOut();
  });
}

export type Api = ReturnType<typeof createApi>;
export type Trpc = Api["trpc"];

const TrpcContext = createContext<Trpc | null>(null);

export const TrpcProvider = TrpcContext.Provider;

const BaseUrlContext = createContext("");

export const BaseUrlProvider = BaseUrlContext.Provider;

/** "" in the browser (same origin); the test server's origin in tests. */
export function useBaseUrl(): string {
  return useContext(BaseUrlContext);
}

export function useTrpc(): Trpc {
  const trpc = useContext(TrpcContext);
  if (!trpc) throw new Error("useTrpc() needs a <TrpcProvider> above it");
  return trpc;
}
