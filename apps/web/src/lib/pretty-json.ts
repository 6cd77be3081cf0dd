/** Indented JSON for payload viewers; bigints become strings instead of throwing, undefined becomes "null". */
export function prettyJson(value: unknown): string {
  const text = JSON.stringify(value, (_key, item: unknown) => (typeof item === "bigint" ? item.toString() : item), 2);
  return text ?? "null";
}
