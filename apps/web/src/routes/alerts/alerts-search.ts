// The alerts list's filter in the URL: ?state=ended or ?state=all; active alerts are the default.
export const ALERT_STATES = ["active", "ended", "all"] as const;
export type AlertState = (typeof ALERT_STATES)[number];

export interface AlertsSearch {
  state?: Exclude<AlertState, "active">;
}

export function validateAlertsSearch(raw: Record<string, unknown>): AlertsSearch {
  return raw.state === "ended" || raw.state === "all" ? { state: raw.state } : {};
}
