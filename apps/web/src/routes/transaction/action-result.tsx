import { useCodeTexts } from "../../i18n/code-texts.ts";
import { t } from "../../i18n/index.ts";
import { ActionState } from "../../components/action-state.tsx";
import { Money } from "../../components/money.tsx";
import { OutcomeCode } from "../../components/outcome-code.tsx";
import { decodedAnswer, isOpen } from "../../lib/action-words.ts";
import type { ActionRow } from "../../lib/api-types.ts";

/** The answer to a submitted action: its state and, once the provider answered, the decoded code and message. */
export function ActionResult({ action }: { action: ActionRow }) {
  const answer = decodedAnswer(action.outcome);
  // The provider's decoded texts in the console's language, as the codes screen shows them.
  const { codeText, codeMessage } = useCodeTexts();
  return (
    <div className="result-box" role="status">
      <p className="action-line">
        <ActionState state={action.state} />
        {action.amountMinor !== null && action.currency ? (
          <Money amountMinor={action.amountMinor} currency={action.currency} />
        ) : null}
        {answer?.code ? <OutcomeCode {...answer} /> : null}
      </p>
      {answer?.message ? <p>{codeMessage(answer.message, answer.messageParts)}</p> : null}
      {answer?.friendlyMessage && answer.friendlyMessage !== answer.message ? (
        <p className="muted">{t("transaction.action.customerSees", { text: codeText(answer.friendlyMessage) })}</p>
      ) : null}
      {action.error ? <p className="action-error">{action.error}</p> : null}
      {action.state === "pending_approval" ? <p>{t("transaction.action.held")}</p> : null}
      {isOpen(action.state) && action.state !== "pending_approval" ? (
        <p className="muted">{t("transaction.action.open")}</p>
      ) : null}
    </div>
  );
}
