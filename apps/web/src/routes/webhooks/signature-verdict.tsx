import { t } from "../../i18n/index.ts";
/** "valid:rsa" / "invalid:signature" as the server stored it: the outcome, then how it was checked or why it failed. */
export function SignatureVerdict({ verdict }: { verdict: string }) {
  const split = verdict.indexOf(":");
  const outcome = split < 0 ? verdict : verdict.slice(0, split);
  const detail = split < 0 ? "" : verdict.slice(split + 1);
  const valid = outcome === "valid";
  return (
    <span className={`verdict ${valid ? "verdict-valid" : "verdict-invalid"}`} title={verdict}>
      <span aria-hidden="true">{valid ? "✓" : "✗"}</span>{" "}
      {valid ? t("webhooks.detail.valid") : t("webhooks.detail.invalid")}
      {detail ? <span className="verdict-detail"> · {detail}</span> : null}
    </span>
  );
}
