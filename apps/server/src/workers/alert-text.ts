// An alert's message as a key and figures (domain/alert-messages), and its English text for the log and the API's
// older readers: the console writes the key in each user's language, Slack and e-mail in PAYLENS_ALERT_LANGUAGE.
import type { AlertMessageKey } from "@paylens/domain/alert-messages/en";
import { type AlertMessage, type AlertMessageParams, renderAlertMessage } from "@paylens/domain/alert-messages/render";

export function said(key: AlertMessageKey, params: AlertMessageParams): { text: AlertMessage; message: string } {
  const text = { key, params };
  return { text, message: renderAlertMessage(text, "en") ?? key };
}
