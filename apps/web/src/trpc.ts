// The one tRPC client: a QueryClient plus the typed options proxy (tRPC minimal-react shape), made per app or per test.
import { QueryClient } from "@tanstack/react-query";
import { TRPCClientError, createTRPCClient, httpBatchLink, httpLink } from "@trpc/client";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { createContext, useContext } from "react";
import superjson from "superjson";
import type { AppRouter } from "@paylens/api/root";

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export interface ApiOptions {
  /** "/trpc" in the browser (same origin); an absolute URL in tests. */
  url: string;
  /** Batch requests in production; msw handlers in tests and mock mode expect one request per call. */
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
  const link = options.batch === false
    ? httpLink({ url: options.url, transformer: superjson })
    : httpBatchLink({ url: options.url, transformer: superjson });
  const client = createTRPCClient<AppRouter>({ links: [link] });
  const trpc = createTRPCOptionsProxy<AppRouter>({ client, queryClient });
  // Plain HTTP endpoints beside tRPC (the CSV export) live under the same origin and prefix.
  const baseUrl = options.url.replace(/\/trpc\/?$/, "");
  return { queryClient, client, trpc, baseUrl };
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
