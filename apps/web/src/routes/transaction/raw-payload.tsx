import { prettyJson } from "../../lib/pretty-json.ts";
import { humanize } from "../../lib/vocabulary.ts";
import { FieldList } from "./field-list.tsx";
import { Panel } from "./panel.tsx";

function scalar(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return prettyJson(value);
}

/** Provider extras as fields, then the latest provider message as the server stored it (card data already masked). */
export function RawPayload({ details, raw }: { details: Record<string, unknown>; raw: unknown }) {
  const extras = Object.entries(details).filter(([, value]) => scalar(value) !== null);
  return (
    <Panel title="Provider data" aside={<span className="muted">Card numbers and CVC are masked by the server</span>}>
      {extras.length ? (
        <FieldList fields={extras.map(([key, value]) => ({ label: humanize(key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()), value: scalar(value) }))} />
      ) : null}
      {raw === null || raw === undefined ? (
        <p className="muted">No raw payload stored.</p>
      ) : (
        <details className="payload">
          <summary>Raw payload</summary>
          <pre>{prettyJson(raw)}</pre>
        </details>
      )}
    </Panel>
  );
}
