import { t as tr } from "../../i18n/index.ts";
import { useCodeTexts } from "../../i18n/code-texts.ts";
import { humanize, outcomeLetterMeaning, serviceLabel } from "../../lib/vocabulary.ts";
import type { DetailTransaction } from "./detail-types.ts";
import { FieldList } from "../../components/field-list.tsx";
import { Panel } from "./panel.tsx";

function retryText(retryable: boolean | null): string | null {
  if (retryable === null) return null;
  return retryable ? tr("transaction.outcome.retryYes") : tr("transaction.outcome.retryNo");
}

export function OutcomePanel({ transaction: t }: { transaction: DetailTransaction }) {
  const letter = t.outcomeLetter?.trim() || null;
  const { codeText, codeMessage } = useCodeTexts();
  return (
    <Panel title={tr("transaction.outcome.title")}>
      {t.code || t.message ? (
        <FieldList
          fields={[
            {
              label: tr("transaction.outcome.code"),
              value: t.code ? <span className={`code code-${(letter ?? "x").toLowerCase()}`}>{t.code}</span> : null,
              copy: t.code,
            },
            {
              label: tr("transaction.outcome.letter"),
              value: letter
                ? `${letter} · ${outcomeLetterMeaning(letter) ?? tr("transaction.outcome.unknownLetter")}`
                : null,
            },
            {
              label: tr("transaction.outcome.service"),
              value: t.outcomeService ? serviceLabel(t.outcomeService) : null,
            },
            { label: tr("transaction.outcome.forOps"), value: codeMessage(t.message, t.messageParts) },
            { label: tr("transaction.outcome.forCustomer"), value: codeText(t.friendlyMessage) },
            {
              label: tr("transaction.outcome.reason"),
              value: t.reason ? (
                <>
                  {humanize(t.reason)} <span className="mono muted">{t.reason}</span>
                </>
              ) : null,
            },
            {
              label: tr("transaction.outcome.retryable"),
              value:
                t.retryable === null ? null : (
                  <span className={t.retryable ? "tone-good" : "tone-bad"}>{retryText(t.retryable)}</span>
                ),
            },
          ]}
        />
      ) : (
        <p className="muted">{tr("transaction.outcome.none")}</p>
      )}
    </Panel>
  );
}
