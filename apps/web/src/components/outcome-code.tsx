import type { OutcomeMessageParts } from "@paylens/domain/transaction";
import { useCodeTexts } from "../i18n/code-texts.ts";
import { i18n } from "../i18n/index.ts";
import { humanize, outcomeLetterMeaning } from "../lib/vocabulary.ts";

export interface OutcomeCodeProps {
  code: string | null;
  letter?: string | null;
  message?: string | null;
  messageParts?: OutcomeMessageParts | null;
  friendlyMessage?: string | null;
  reason?: string | null;
}

function tone(letter: string | null | undefined, code: string): string {
  const key = (letter ?? code.charAt(0)).toUpperCase();
  return key === "S" || key === "F" || key === "P" || key === "E" ? key.toLowerCase() : "x";
}

/** The raw provider code in monospace; the decoded messages for ops and customer on hover. */
export function OutcomeCode({ code, letter, message, messageParts, friendlyMessage, reason }: OutcomeCodeProps) {
  const { codeText, codeMessage } = useCodeTexts();
  if (!code) return <span className="muted">—</span>;
  const lines = [
    [code, outcomeLetterMeaning(letter)].filter(Boolean).join(" · "),
    message ? i18n.t("common.code.ops", { text: codeMessage(message, messageParts) }) : null,
    friendlyMessage ? i18n.t("common.code.customer", { text: codeText(friendlyMessage) }) : null,
    reason ? i18n.t("common.code.reason", { text: humanize(reason) }) : null,
  ].filter(Boolean);
  return (
    // The provider's code is data, the same in every language (translate="no").
    <span className={`code code-${tone(letter, code)}`} title={lines.join("\n")} translate="no">
      {code}
    </span>
  );
}
