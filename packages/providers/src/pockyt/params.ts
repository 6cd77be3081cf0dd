// Pockyt bodies are flat string parameters, form-encoded or JSON: both read into one Record<string, string>.

/** A JSON value as the string the sender signed: nested values compact (the docs' goodsInfo), null as absent. */
export function paramText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** Form (`a=1&b=2`) or a JSON object; null when the body is neither. The first of repeated form keys wins. */
export function readPockytParams(rawBody: string, contentType?: string): Record<string, string> | null {
  const trimmed = rawBody.trim();
  const looksJson = (contentType ?? "").includes("json") || trimmed.startsWith("{");
  if (looksJson) {
    let body: unknown;
    try {
      body = JSON.parse(trimmed);
    } catch {
      return null;
    }
    if (body === null || typeof body !== "object" || Array.isArray(body)) return null;
    const out: Record<string, string> = {};
    for (const [key, value] of Object.entries(body)) {
      const text = paramText(value);
      if (text !== null) out[key] = text;
    }
    return out;
  }
  if (trimmed === "" || !trimmed.includes("=")) return null;
  const out: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(trimmed)) if (!(key in out)) out[key] = value;
  return out;
}

/** Form-encodes in sorted key order, as the PHP SDK's body comes out. */
export function formBody(params: Readonly<Record<string, string>>): string {
  const sorted = Object.keys(params).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const form = new URLSearchParams();
  for (const key of sorted) form.append(key, params[key] ?? "");
  return form.toString();
}
