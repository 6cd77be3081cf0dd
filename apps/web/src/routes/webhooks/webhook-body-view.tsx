import { CopyButton } from "../../components/copy-button.tsx";
import type { WebhookDetail } from "../../lib/api-types.ts";

const FORMAT_LABELS: Record<WebhookDetail["body"]["format"], string> = {
  json: "JSON",
  form: "Form fields",
  text: "Text",
};

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KiB`;
}

/** The body as the server laid it out: card numbers and security codes already masked there. */
export function WebhookBodyView({ body, bytes }: { body: WebhookDetail["body"]; bytes: number }) {
  return (
    <section className="drawer-section" aria-label="Body">
      <h3 className="subheading">
        Body <span className="tag tag-kind">{FORMAT_LABELS[body.format]}</span>{" "}
        <span className="muted body-size">{size(bytes)} as received</span>
        {body.text ? <CopyButton value={body.text} label="masked body" /> : null}
      </h3>
      {body.text ? <pre className="webhook-body">{body.text}</pre> : <p className="muted">Empty body.</p>}
      <p className="form-hint">Card numbers and security codes are masked by the server.</p>
    </section>
  );
}
