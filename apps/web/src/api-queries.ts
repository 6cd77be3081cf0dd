// TEMPORARY: typed access to the procedures packages/api is still adding. Once AppRouter has them, call trpc.* directly.
import type { MutationFunction, QueryFunction, QueryKey } from "@tanstack/react-query";
import type { CodeRow, CodesInput, SaveViewInput, SavedView, SearchInput, SearchOutput, TotalsOutput } from "./lib/api-types.ts";
import type { Trpc } from "./trpc.ts";

interface QueryProc<I, O> {
  queryOptions(input: I): { queryKey: QueryKey; queryFn: QueryFunction<O> };
  queryKey(input?: I): QueryKey;
}
interface MutationProc<I, O> {
  mutationOptions(): { mutationKey: QueryKey; mutationFn: MutationFunction<O, I> };
}
interface Pending {
  transactions: { search: QueryProc<SearchInput, SearchOutput>; totals: QueryProc<{ q: string }, TotalsOutput> };
  codes: { list: QueryProc<CodesInput, CodeRow[]> };
  views: { list: QueryProc<undefined, SavedView[]>; save: MutationProc<SaveViewInput, SavedView>; remove: MutationProc<{ id: string }, unknown> };
}

export function pending(trpc: Trpc): Pending {
  return trpc as unknown as Pending;
}
