import { stateWords } from "../lib/action-words.ts";

/** An operator action's state as a coloured tag: green done, red refused, amber waiting on a person or an answer. */
export function ActionState({ state }: { state: string }) {
  const { label, tone } = stateWords(state);
  return <span className={`tag action-state tone-${tone}`}>{label}</span>;
}
