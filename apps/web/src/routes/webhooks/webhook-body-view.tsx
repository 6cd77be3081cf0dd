import { formatNumber, t } from "../../i18n/index.ts";
import { CopyButton } from "../../components/copy-button.tsx";
import type { WebhookDetail } from "../../lib/api-types.ts";

const FORMAT_LABELS: Record<WebhookDetail["body"]["format"], string> = {
  json: "JSON",
  get form() {
    return t("webhooks.detail.form");
  },
  get text() {
    return t("webhooks.detail.text");
  },
};

function size(bytes: number): string {
  if (bytes < 1024) return t("common.units.bytes", { value: formatNumber(bytes) });
  const digits = bytes < 10 * 1024 ? 1 : 0;
  return t("common.units.kib", {
    value: formatNumber(bytes / 1024, { minimumFractionDigits: digits, maximumFractionDigits: digits }),
  });
}

/** The body as the server laid it out: card numbers and security codes already masked there. */
export function WebhookBodyView({ body, bytes }: { body: WebhookDetail["body"]; bytes: number }) {
  return (
    <section className="drawer-section" aria-label={t("webhooks.detail.body")}>
      <h3 className="subheading">
        {t("webhooks.detail.body")} <span className="tag tag-kind">{FORMAT_LABELS[body.format]}</span>{" "}
        <span className="muted body-size">{t("webhooks.detail.asReceived", { size: size(bytes) })}</span>
        {body.text ? <CopyButton value={body.text} label={t("webhooks.detail.maskedBody")} /> : null}
      </h3>
      {body.text ? (
        <pre className="webhook-body">{body.text}</pre>
      ) : (
        <p className="muted">{t("webhooks.detail.empty")}</p>
      )}
      <p className="form-hint">{t("webhooks.detail.masked")}</p>
    </section>
  );
}
