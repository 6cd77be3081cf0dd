// The alerts list's filter in the URL: ?state=ended or ?state=all; active alerts are the default.
export const ALERT_STATES = ["active", "ended", "all"] as const;
export type AlertState = (typeof ALERT_STATES)[number];

export interface AlertsSearch {
  state?: Exclude<AlertState, "active">;
  /** The alert a notice's link points at: its row is marked. */
  alert?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function validateAlertsSearch(raw: Record<string, unknown>): AlertsSearch {
  return {
    ...(raw.state === "ended" || raw.state === "all" ? { state: raw.state } : {}),
    ...(typeof raw.alert === "string" && UUID.test(raw.alert) ? { alert: raw.alert } : {}),
  };
}
