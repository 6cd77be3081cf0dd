import { humanize, outcomeLetterMeaning } from "../../lib/vocabulary.ts";
import type { DetailTransaction } from "./detail-types.ts";
import { FieldList } from "../../components/field-list.tsx";
import { Panel } from "./panel.tsx";

function retryText(retryable: boolean | null): string | null {
  if (retryable === null) return null;
  return retryable ? "Yes: a later retry can succeed" : "No: retrying the same payment will not help";
}

export function OutcomePanel({ transaction: t }: { transaction: DetailTransaction }) {
  const letter = t.outcomeLetter?.trim() || null;
  return (
    <Panel title="Decoded outcome">
      {t.code || t.message ? (
        <FieldList
          fields={[
            {
              label: "Code",
              value: t.code ? <span className={`code code-${(letter ?? "x").toLowerCase()}`}>{t.code}</span> : null,
              copy: t.code,
            },
            {
              label: "Letter",
              value: letter ? `${letter} · ${outcomeLetterMeaning(letter) ?? "Unknown letter"}` : null,
            },
            { label: "Service", value: t.outcomeService },
            { label: "For ops", value: t.message },
            { label: "For the customer", value: t.friendlyMessage },
            {
              label: "Reason",
              value: t.reason ? (
                <>
                  {humanize(t.reason)} <span className="mono muted">{t.reason}</span>
                </>
              ) : null,
            },
            {
              label: "Retryable",
              value:
                t.retryable === null ? null : (
                  <span className={t.retryable ? "tone-good" : "tone-bad"}>{retryText(t.retryable)}</span>
                ),
            },
          ]}
        />
      ) : (
        <p className="muted">The provider has not reported an outcome code yet.</p>
      )}
    </Panel>
  );
}
