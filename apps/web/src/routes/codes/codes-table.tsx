import { formatNumber, t } from "../../i18n/index.ts";
import { Link } from "@tanstack/react-router";
import type { CodeRow, SortDir } from "../../lib/api-types.ts";
import { useCodeTexts } from "../../i18n/code-texts.ts";
import { humanize, providerName, serviceLabel } from "../../lib/vocabulary.ts";
import { codeQuery } from "./codes-filter.ts";
import type { CodeSort } from "./codes-search.ts";

// Getters: the words are read in the language of the moment they are shown.
export const LETTER_WORDS: Readonly<Record<string, string>> = {
  get S() {
    return t("codes.letters.S");
  },
  get F() {
    return t("codes.letters.F");
  },
  get P() {
    return t("codes.letters.P");
  },
  get E() {
    return t("codes.letters.E");
  },
};

type HeaderId = "provider" | "code" | "letter" | "message" | "friendly" | "reason" | "retryable" | "count";

const HEADERS: readonly { id: HeaderId; sort?: CodeSort }[] = [
  { id: "provider", sort: "provider" },
  { id: "code", sort: "code" },
  { id: "letter", sort: "letter" },
  { id: "message" },
  { id: "friendly" },
  { id: "reason", sort: "reason" },
  { id: "retryable", sort: "retryable" },
  { id: "count", sort: "count" },
];

/** Long codes (USER_BALANCE_NOT_ENOUGH) may break after an underscore or a dot, never inside a word. */
function Breakable({ code }: { code: string }) {
  const parts = code.split(/(?<=[_.])/);
  return (
    <>
      {parts.map((part, index) => (
        <span key={index}>
          {part}
          {index < parts.length - 1 ? <wbr /> : null}
        </span>
      ))}
    </>
  );
}

function Clamp({ text }: { text: string | null }) {
  if (!text) return <span className="muted">—</span>;
  return (
    <span className="clamp" title={text}>
      {text}
    </span>
  );
}

export interface CodesTableProps {
  rows: CodeRow[];
  from: Date;
  sort: CodeSort;
  dir: SortDir;
  onSort: (sort: CodeSort) => void;
}

/** Every code of every provider with its decoding; the count and the code open the transactions carrying it. */
export function CodesTable({ rows, from, sort, dir, onSort }: CodesTableProps) {
  const { codeText } = useCodeTexts();
  return (
    <div className="table-scroll">
      <table className="data-table codes-table">
        <thead>
          <tr>
            {HEADERS.map((header) => {
              const current = header.sort === sort ? dir : null;
              return (
                <th
                  key={header.id}
                  scope="col"
                  className={`col-${header.id}`}
                  aria-sort={current ? (current === "asc" ? "ascending" : "descending") : undefined}
                >
                  {header.sort ? (
                    <button
                      type="button"
                      className={current ? "sort-button is-sorted" : "sort-button"}
                      onClick={() => header.sort && onSort(header.sort)}
                    >
                      {t(`codes.col.${header.id}`)}
                      <span className="sort-glyph" aria-hidden="true">
                        {current === "asc" ? "▲" : current === "desc" ? "▼" : "↕"}
                      </span>
                    </button>
                  ) : (
                    t(`codes.col.${header.id}`)
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const q = codeQuery(row, from);
            const letter = (row.letter ?? "").toUpperCase();
            return (
              <tr key={`${row.provider}|${row.code}`} className={row.count ? "" : "row-quiet"}>
                <td className="col-provider">{providerName(row.provider)}</td>
                <td className="col-code">
                  <Link
                    to="/transactions"
                    search={{ q }}
                    className={`code code-${letter.toLowerCase() || "x"}`}
                    title={t("codes.with", { code: row.code })}
                    translate="no"
                  >
                    <Breakable code={row.code} />
                  </Link>
                </td>
                <td className="col-letter">
                  {letter ? (
                    <span className={`letter letter-${letter.toLowerCase()}`}>
                      <b>{letter}</b> {LETTER_WORDS[letter] ?? ""}
                    </span>
                  ) : (
                    <span className="muted">—</span>
                  )}
                  {row.service ? <span className="code-service">{serviceLabel(row.service)}</span> : null}
                </td>
                <td className="col-message">
                  <Clamp text={codeText(row.message)} />
                </td>
                <td className="col-friendly">
                  <Clamp text={codeText(row.friendlyMessage)} />
                </td>
                <td className="col-reason">
                  {row.reason ? (
                    <span title={row.reason}>{humanize(row.reason)}</span>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td className="col-retryable">
                  {row.retryable === null ? (
                    <span className="muted">—</span>
                  ) : row.retryable ? (
                    <span className="tone-good">{t("codes.yes")}</span>
                  ) : (
                    <span className="tone-bad">{t("codes.no")}</span>
                  )}
                </td>
                <td className="col-count">
                  {row.count ? (
                    <Link to="/transactions" search={{ q }} title={t("codes.open")}>
                      {formatNumber(row.count)}
                    </Link>
                  ) : (
                    <span className="muted">0</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
