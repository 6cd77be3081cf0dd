import { hashKey, useQueryClient } from "@tanstack/react-query";
import type { Principal } from "../lib/api-types.ts";
import { useTrpc } from "../trpc.ts";

/** After sign-in or sign-out: drop every answer cached for the previous person, then say who is here now. */
export function useReplaceSession(): (me: Principal | null) => void {
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  return (me) => {
    const meKey = trpc.auth.me.queryKey();
    const meHash = hashKey(meKey);
    queryClient.removeQueries({ predicate: (query) => query.queryHash !== meHash });
    queryClient.setQueryData(meKey, me);
  };
}
