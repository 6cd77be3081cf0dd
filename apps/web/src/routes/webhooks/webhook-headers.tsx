import { t } from "../../i18n/index.ts";
/** Request headers as stored (secret ones were masked before storing), sorted by name. */
export function WebhookHeaders({ headers }: { headers: Record<string, string> }) {
  const rows = Object.entries(headers).sort(([a], [b]) => a.localeCompare(b));
  return (
    <section className="drawer-section" aria-label={t("webhooks.detail.headers")}>
      <h3 className="subheading">{t("webhooks.detail.headers")}</h3>
      {rows.length ? (
        <table className="mini-table webhook-headers" aria-label={t("webhooks.detail.requestHeaders")}>
          <tbody>
            {rows.map(([name, value]) => (
              <tr key={name}>
                <th scope="row" className="mono">
                  {name}
                </th>
                <td className="mono">{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t("webhooks.detail.noHeaders")}</p>
      )}
    </section>
  );
}
