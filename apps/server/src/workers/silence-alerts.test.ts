import { describe, expect, it } from "vitest";
import {
  DEFAULT_SILENCE_CONFIG,
  missingNotificationAlerts,
  overdueAfterMs,
  silentAccountAlerts,
} from "./silence-alerts.ts";

const now = new Date("2026-12-07T12:00:00Z");
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe("account-silent", () => {
  it("fires once the baseline would have brought ten payments in the silence, not before", () => {
    // 12 payments an hour: 50 min of nothing should have brought 10.
    const shop = { provider: "begateway", accountId: "shop-1", baselinePerHour: 12 };
    expect(silentAccountAlerts([{ ...shop, lastSeen: ago(45) }], now, DEFAULT_SILENCE_CONFIG)).toEqual([]);
    const [alert] = silentAccountAlerts([{ ...shop, lastSeen: ago(50) }], now, DEFAULT_SILENCE_CONFIG);
    expect(alert).toMatchObject({
      rule: "account-silent",
      segment: "account:shop-1",
      figures: { provider: "begateway", silentMs: 50 * 60_000, expected: 10, lastSeen: ago(50).toISOString() },
    });
    expect(alert?.message).toBe(
      "begateway shop-1: no payments, calls or notifications for 50 min (about 10 expected at 12 an hour)",
    );
  });

  it("leaves a busy account's short pause and a quiet account's long one alone", () => {
    const rows = [
      // 600 an hour, but the pause is shorter than the ten minutes the rollups may trail by.
      { provider: "antom", accountId: "antom-global", baselinePerHour: 600, lastSeen: ago(9) },
      // Two an hour: three silent hours would have brought six, which is not unusual.
      { provider: "pockyt", accountId: "pockyt-1", baselinePerHour: 2, lastSeen: ago(180) },
    ];
    expect(silentAccountAlerts(rows, now, DEFAULT_SILENCE_CONFIG)).toEqual([]);
  });

  it("says 'at least' when no traffic is seen in the whole lookback", () => {
    const [alert] = silentAccountAlerts(
      [{ provider: "antom", accountId: "antom-3ds", baselinePerHour: 30, lastSeen: null }],
      now,
      DEFAULT_SILENCE_CONFIG,
    );
    expect(alert?.figures).toMatchObject({ silentMs: 6 * 3_600_000, expected: 180, lastSeen: "" });
    expect(alert?.message).toContain("for at least 360 min");
  });
});

describe("missing-notifications", () => {
  it("waits twenty times the provider's usual lag, between three minutes and an hour", () => {
    expect(overdueAfterMs(undefined, DEFAULT_SILENCE_CONFIG)).toBe(3 * 60_000);
    expect(overdueAfterMs(30_000, DEFAULT_SILENCE_CONFIG)).toBe(10 * 60_000);
    expect(overdueAfterMs(600_000, DEFAULT_SILENCE_CONFIG)).toBe(60 * 60_000);
    // PAYLENS_ALERT_MISSING_MAX_MS caps it below the lag's twenty times (the compressed alert test sets both to 4 s).
    const capped = { ...DEFAULT_SILENCE_CONFIG, missingMinWaitMs: 4_000, missingMaxWaitMs: 4_000 };
    expect(overdueAfterMs(4_096, capped)).toBe(4_000);
  });

  it("needs five overdue payments and half of the span's payments overdue", () => {
    const row = { provider: "antom", accountId: "antom-global", oldestWaiting: ago(20) };
    const judged = (waiting: number, started: number) =>
      missingNotificationAlerts([{ ...row, waiting, started }], 180_000, 2_000, DEFAULT_SILENCE_CONFIG);
    expect(judged(4, 4)).toEqual([]);
    expect(judged(6, 13)).toEqual([]);
    expect(judged(7, 13)).toMatchObject([
      { rule: "missing-notifications", segment: "account:antom-global", figures: { waiting: 7, started: 13 } },
    ]);
  });
});
