import { useState } from "react";

/**
 * Keyset pages only know the way forward, so remember which page led to which: "Newer" can then go back
 * exactly one page, and the browser's back button stays consistent. "" stands for the first page.
 */
export function usePageCursors(viewKey: string, cursor: string | undefined) {
  const [state, setState] = useState<{ key: string; previousOf: Record<string, string> }>({
    key: viewKey,
    previousOf: {},
  });
  const previousOf = state.key === viewKey ? state.previousOf : {};
  const current = cursor ?? "";

  let depth: number | null = 0;
  for (let at = current; at !== "";) {
    const previous = previousOf[at];
    if (previous === undefined || depth === null || depth > 10_000) {
      depth = null;
      break;
    }
    depth += 1;
    at = previous;
  }

  return {
    /** Call before moving to an older page. */
    remember(next: string) {
      setState({ key: viewKey, previousOf: { ...previousOf, [next]: current } });
    },
    /** The cursor of the newer page, "" for the first one; undefined when unknown (a shared link): go to the first page. */
    newer: cursor ? previousOf[cursor] : undefined,
    /** How many pages from the newest this one is, when known. */
    depth,
  };
}
