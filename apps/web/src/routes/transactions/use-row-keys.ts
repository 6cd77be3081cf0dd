import { useEffect, useRef, useState } from "react";

/** Whether a key press belongs to a text field (or a control that uses the arrows itself), not to the table. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest("input, textarea, select, [role='dialog'], [role='listbox']") !== null;
}

/** The next highlighted row for a key, or undefined when the key is not one of ours. */
export function nextIndex(key: string, current: number | null, count: number): number | undefined {
  if (count === 0) return undefined;
  if (key === "j" || key === "ArrowDown") return current === null ? 0 : Math.min(count - 1, current + 1);
  if (key === "k" || key === "ArrowUp") return current === null ? 0 : Math.max(0, current - 1);
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  return undefined;
}

export interface RowKeysOptions {
  count: number;
  /** Changes when the rows are another list (a new search, page or sort): the highlight starts over. */
  resetKey: string;
  onOpen: (index: number) => void;
  onSearch: () => void;
}

/** j/k or ↓/↑ move a highlight over the rows, Enter opens the highlighted one, / jumps to the search box. */
export function useRowKeys({ count, resetKey, onOpen, onSearch }: RowKeysOptions) {
  const [state, setState] = useState<{ key: string; index: number | null }>({ key: resetKey, index: null });
  const index = state.key === resetKey && state.index !== null && state.index < count ? state.index : null;
  const latest = useRef({ index, count, onOpen, onSearch, resetKey });
  latest.current = { index, count, onOpen, onSearch, resetKey };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const { index: current, count: rows, resetKey: key } = latest.current;
      if (event.key === "/") {
        event.preventDefault();
        latest.current.onSearch();
        return;
      }
      if (event.key === "Enter" && current !== null) {
        // Enter on a focused link or button keeps its own meaning.
        if (event.target instanceof HTMLElement && event.target.closest("a, button")) return;
        event.preventDefault();
        latest.current.onOpen(current);
        return;
      }
      const next = nextIndex(event.key, current, rows);
      if (next === undefined) return;
      event.preventDefault();
      setState({ key, index: next });
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return { index, setIndex: (next: number) => setState({ key: resetKey, index: next }) };
}
