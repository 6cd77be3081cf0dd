import { useTranslation } from "react-i18next";
import { i18n } from "../i18n/index.ts";
import type { SearchOutput } from "../lib/api-types.ts";
import { tokenize } from "../lib/query-text.ts";
import { matchedByLabel, notFoundMessage } from "../lib/search-describe.ts";
import { providerDefinitions } from "@paylens/providers/catalog";
import { PROVIDERS, providerName } from "../lib/vocabulary.ts";
import { DateTime } from "./date-time.tsx";
import { errorText } from "./error-state.tsx";
import { Money } from "./money.tsx";
import { QueryErrors } from "./query-errors.tsx";
import { StatusBadge } from "./status-badge.tsx";

export const PALETTE_LIMIT = 8;

// Each provider's own name for its transaction id, where it has one ("paymentId, "), from its definition.
const PROVIDER_UID_NAMES = [...new Set(providerDefinitions().map((provider) => provider.ids.uid.label))]
  .filter((label) => !["uid", "provider uid"].includes(label.toLowerCase()))
  .map((label) => `${label}, `)
  .join("");

// Notes are read when shown, so they follow the console's language.
export const EXAMPLES: readonly { query: string; note: () => string }[] = [
  { query: "status:failed reason:insufficient_funds", note: () => i18n.t("shell.palette.exampleFunds") },
  ...PROVIDERS.slice(1, 2).map((provider) => ({
    query: `provider:${provider} -status:successful`,
    note: () => i18n.t("shell.palette.exampleProvider", { provider: providerName(provider) }),
  })),
  { query: "last4:0000 amount:12.50", note: () => i18n.t("shell.palette.exampleLast4") },
  { query: 'issuer:"Chase Bank" amount>100', note: () => i18n.t("shell.palette.exampleIssuer") },
];

export interface PaletteResultsProps {
  listId: string;
  query: string;
  data: SearchOutput | undefined;
  loading: boolean;
  error: unknown;
  active: number;
  onOpen: (index: number) => void;
  onShowAll: () => void;
  onExample: (query: string) => void;
}

export function optionId(listId: string, index: number): string {
  return `${listId}-${index}`;
}

/** What the palette shows under its box: tips, progress, errors, the not-found message or the first matches. */
export function PaletteResults({
  listId,
  query,
  data,
  loading,
  error,
  active,
  onOpen,
  onShowAll,
  onExample,
}: PaletteResultsProps) {
  const { t } = useTranslation();
  if (!query) {
    return (
      <div className="palette-tips">
        <p>{t("shell.palette.tips", { names: PROVIDER_UID_NAMES })}</p>
        <ul>
          {EXAMPLES.map((example) => (
            <li key={example.query}>
              <button type="button" className="palette-example" onClick={() => onExample(example.query)}>
                <code>{example.query}</code>
                <span className="muted">{example.note()}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (error && !data)
    return (
      <p className="palette-note tone-bad" role="alert">
        {t("shell.palette.failed", { error: errorText(error) })}
      </p>
    );
  if (!data) return <p className="palette-note muted">{loading ? t("shell.palette.searchingNow") : " "}</p>;
  const more = data.nextCursor !== null;
  return (
    <>
      <QueryErrors errors={data.errors} compact />
      {data.items.length === 0 ? (
        <div className="palette-note" role="status">
          <p className="palette-empty">{notFoundMessage(tokenize(query), data.matchedBy).title}</p>
        </div>
      ) : (
        <>
          <p className="palette-caption muted">
            {data.matchedBy
              ? t("shell.palette.foundBy", {
                  field: matchedByLabel(
                    data.matchedBy,
                    data.items.map((row) => row.provider),
                  ),
                })
              : t("shell.palette.matches")}
            {more ? t("shell.palette.first", { count: PALETTE_LIMIT }) : ""}
          </p>
          <ul className="palette-list" id={listId} role="listbox" aria-label={t("shell.palette.matching")}>
            {data.items.map((row, index) => (
              <li
                key={row.id}
                id={optionId(listId, index)}
                role="option"
                aria-selected={index === active}
                className={index === active ? "palette-item is-active" : "palette-item"}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => onOpen(index)}
              >
                <StatusBadge status={row.status} size="sm" />
                <Money amountMinor={row.amountMinor} currency={row.currency} />
                <span className="palette-provider">{providerName(row.provider)}</span>
                <span className="mono truncate palette-ref">{row.trackingId ?? row.providerUid}</span>
                <span className="palette-time">
                  <DateTime value={row.createdAt} />
                </span>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className={active === data.items.length ? "palette-all is-active" : "palette-all"}
            onClick={onShowAll}
          >
            {more ? t("shell.palette.showAll") : t("shell.palette.showInTable")} →
          </button>
        </>
      )}
    </>
  );
}
