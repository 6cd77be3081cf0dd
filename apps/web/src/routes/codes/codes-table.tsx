import { Link } from "@tanstack/react-router";
import type { CodeRow, SortDir } from "../../lib/api-types.ts";
import { humanize, providerName } from "../../lib/vocabulary.ts";
import { codeQuery, type CodeSort } from "./codes-filter.ts";

export const LETTER_WORDS: Readonly<Record<string, string>> = {
  S: "Successful",
  F: "Failed",
  P: "Pending",
  E: "Error",
};

const HEADERS: readonly { id: string; label: string; sort?: CodeSort }[] = [
  { id: "provider", label: "Provider", sort: "provider" },
  { id: "code", label: "Code", sort: "code" },
  { id: "letter", label: "Outcome", sort: "letter" },
  { id: "message", label: "For ops" },
  { id: "friendly", label: "For the customer" },
  { id: "reason", label: "Reason", sort: "reason" },
  { id: "retryable", label: "Retryable", sort: "retryable" },
  { id: "count", label: "Transactions", sort: "count" },
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
                      {header.label}
                      <span className="sort-glyph" aria-hidden="true">
                        {current === "asc" ? "▲" : current === "desc" ? "▼" : "↕"}
                      </span>
                    </button>
                  ) : (
                    header.label
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
                    title={`Transactions with ${row.code}`}
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
                  {row.service ? <span className="code-service">{row.service}</span> : null}
                </td>
                <td className="col-message">
                  <Clamp text={row.message} />
                </td>
                <td className="col-friendly">
                  <Clamp text={row.friendlyMessage} />
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
                    <span className="tone-good">Yes</span>
                  ) : (
                    <span className="tone-bad">No</span>
                  )}
                </td>
                <td className="col-count">
                  {row.count ? (
                    <Link to="/transactions" search={{ q }} title="Open these transactions">
                      {row.count.toLocaleString("en-US")}
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
