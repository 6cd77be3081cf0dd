// An alert's message in the reader's language: its key and figures through the catalogue (alerts.messages, the same
// texts the server writes Slack and e-mail with), or the server's English for an alert raised before keys existed.
import { formatAlertParams } from "@paylens/domain/alert-messages/format";
import { activeLocale, i18n } from "../i18n/index.ts";

export interface AlertWithMessage {
  message: string;
  text?: { key: string; params: Readonly<Record<string, string | number>> } | null;
}

export function alertMessage(alert: AlertWithMessage): string {
  if (!alert.text) return alert.message;
  return i18n.t(`alerts.messages.${alert.text.key}` as "alerts.title", {
    ...formatAlertParams(alert.text.params, activeLocale()),
    defaultValue: alert.message,
  });
}
