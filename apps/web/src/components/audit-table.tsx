import { t } from "../i18n/index.ts";
import { Link } from "@tanstack/react-router";
import { auditChanges } from "../lib/audit-change.ts";
import { auditActionWords } from "../lib/audit-words.ts";
import type { AuditItem } from "../lib/api-types.ts";
import { roleLabel } from "../lib/vocabulary.ts";
import { DateTime } from "./date-time.tsx";

function Change({ item }: { item: AuditItem }) {
  const rows = auditChanges(item.before, item.after);
  if (!rows.length) return <span className="muted">—</span>;
  return (
    <dl className="audit-change">
      {rows.map((row) => (
        <div key={row.field}>
          <dt>{row.field}</dt>
          <dd>
            {row.before !== null ? (
              <>
                <del>{row.before}</del>
                <span aria-hidden="true"> → </span>
              </>
            ) : null}
            <span>{row.after ?? <span className="muted">{t("audit.table.none")}</span>}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Who did what and when, newest first; `withTransaction` adds the link column where entries span transactions. */
export function AuditTable({ items, withTransaction = true }: { items: AuditItem[]; withTransaction?: boolean }) {
  return (
    <table className="mini-table audit-table">
      <thead>
        <tr>
          <th scope="col">{t("audit.table.time")}</th>
          <th scope="col">{t("audit.table.who")}</th>
          <th scope="col">{t("audit.table.action")}</th>
          {withTransaction ? <th scope="col">{t("audit.table.subject")}</th> : null}
          <th scope="col">{t("audit.table.change")}</th>
          <th scope="col">IP</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id.toString()} className={item.action === "sign_in_failed" ? "audit-failed" : undefined}>
            <td className="nowrap">
              <DateTime value={item.at} />
            </td>
            <td>
              <span translate="no">{item.actorName}</span>
              {item.role ? <span className="muted"> · {roleLabel(item.role)}</span> : null}
            </td>
            <td>
              <code>{item.action}</code>
              {auditActionWords(item.action) ? <div className="muted">{auditActionWords(item.action)}</div> : null}
            </td>
            {withTransaction ? (
              <td>
                <div className="audit-subject">
                  {item.transactionId ? (
                    <Link to="/transactions/$id" params={{ id: item.transactionId }}>
                      {t("audit.table.transaction")}
                    </Link>
                  ) : null}
                  {item.subject ? (
                    <span className="mono muted truncate" title={item.subject}>
                      {item.subject}
                    </span>
                  ) : null}
                </div>
              </td>
            ) : null}
            <td>
              <Change item={item} />
            </td>
            <td className="mono muted">{item.ip ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
