import { useEffect, useState } from "react";

interface Arrivals {
  key: string;
  known: ReadonlySet<string>;
  fresh: ReadonlySet<string>;
  count: number;
  since: Date;
}

const EMPTY: ReadonlySet<string> = new Set();

/**
 * Rows that appeared after the view was first loaded: `fresh` are the ones the latest refresh brought
 * (highlighted once), `count` all of them since `since`. A new view (filters, page size) starts over.
 */
export function useArrivals(ids: readonly string[] | undefined, viewKey: string) {
  const [state, setState] = useState<Arrivals | null>(null);
  const idsKey = ids?.join(",");
  useEffect(() => {
    if (idsKey === undefined) return;
    const current = idsKey ? idsKey.split(",") : [];
    setState((previous) => {
      if (!previous || previous.key !== viewKey) {
        return { key: viewKey, known: new Set(current), fresh: EMPTY, count: 0, since: new Date() };
      }
      const added = current.filter((id) => !previous.known.has(id));
      if (!added.length) return previous;
      return {
        ...previous,
        known: new Set([...previous.known, ...added]),
        fresh: new Set(added),
        count: previous.count + added.length,
      };
    });
  }, [idsKey, viewKey]);
  const active = state?.key === viewKey ? state : null;
  return { fresh: active?.fresh ?? EMPTY, count: active?.count ?? 0, since: active?.since ?? null };
}
