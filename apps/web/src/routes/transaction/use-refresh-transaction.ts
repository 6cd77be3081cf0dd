import { useQueryClient } from "@tanstack/react-query";
import { useTrpc } from "../../trpc.ts";

/** After an action: the transaction (its new children), what is left, the actions, notes and audit trail are all stale. */
export function useRefreshTransaction(): () => void {
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  return () => {
    for (const queryKey of [
      trpc.transactions.byId.pathKey(),
      trpc.actions.pathKey(),
      trpc.notes.pathKey(),
      trpc.audit.pathKey(),
    ]) {
      void queryClient.invalidateQueries({ queryKey });
    }
  };
}
