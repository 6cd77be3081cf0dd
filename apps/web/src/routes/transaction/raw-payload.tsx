import { t } from "../../i18n/index.ts";
import { prettyJson } from "../../lib/pretty-json.ts";
import { humanize } from "../../lib/vocabulary.ts";
import { FieldList } from "../../components/field-list.tsx";
import { Panel } from "./panel.tsx";

// Shown in their own panels already.
const SHOWN_ELSEWHERE = new Set(["expMonth", "expYear"]);

const label = (key: string) =>
  humanize(
    key
      .replace(/([a-z])([A-Z])/g, "$1 $2")
      .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
      .toLowerCase(),
  );

/** Provider extras as label/value rows: nested sections flattened ("Payment result info · card brand"), empty ones dropped. */
export function flattenDetails(value: unknown, prefix = ""): { label: string; value: string }[] {
  if (value === null || value === undefined || value === "") return [];
  if (
    typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "boolean" ||
    typeof value === "bigint"
  ) {
    return [{ label: prefix, value: String(value) }];
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return [];
    const scalars = value.every((item) => item === null || typeof item !== "object");
    return scalars ? [{ label: prefix, value: value.join(", ") }] : [{ label: prefix, value: prettyJson(value) }];
  }
  return Object.entries(value as Record<string, unknown>)
    .filter(([key]) => !(prefix === "" && SHOWN_ELSEWHERE.has(key)))
    .flatMap(([key, item]) => flattenDetails(item, prefix ? `${prefix} · ${label(key).toLowerCase()}` : label(key)));
}

/** Provider extras as fields, then the latest provider message as the server stored it (card data already masked). */
export function RawPayload({ details, raw }: { details: Record<string, unknown>; raw: unknown }) {
  const extras = flattenDetails(details);
  return (
    <Panel title={t("transaction.raw.title")} aside={<span className="muted">{t("transaction.raw.masked")}</span>}>
      {/* The provider's own fields and message, as it sent them: data, not words of the console. */}
      {extras.length ? (
        <div translate="no">
          <FieldList fields={extras} />
        </div>
      ) : null}
      {raw === null || raw === undefined ? (
        <p className="muted">{t("transaction.raw.none")}</p>
      ) : (
        <details className="payload">
          <summary>{t("transaction.raw.raw")}</summary>
          <pre translate="no">{prettyJson(raw)}</pre>
        </details>
      )}
    </Panel>
  );
}
