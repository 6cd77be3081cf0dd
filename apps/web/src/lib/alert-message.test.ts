import { afterEach, describe, expect, it } from "vitest";
import { setLanguage } from "../i18n/index.ts";
import { alertMessage } from "./alert-message.ts";

const lag = {
  message: "begateway webhook lag p95 is 95.3 s, over the 60 s SLO (42 webhooks)",
  text: { key: "webhook-lag", params: { provider: "begateway", p95S: 95.25, sloS: 60, count: 42 } },
};

describe("alert messages in the reader's language", () => {
  afterEach(() => setLanguage("en"));

  it("writes the key and figures with the catalogue, plural forms included", async () => {
    expect(alertMessage(lag)).toBe("begateway webhook lag p95 is 95.3 s, over the 60 s SLO (42 webhooks)");
    await setLanguage("ru");
    expect(alertMessage(lag)).toBe("Задержка вебхуков begateway: p95 95,3 с, выше SLO 60 с (42 вебхука)");
    await setLanguage("pl");
    expect(alertMessage({ ...lag, text: { ...lag.text, params: { ...lag.text.params, count: 5 } } })).toBe(
      "Opóźnienie webhooków begateway: p95 95,3 s, powyżej SLO 60 s (5 webhooków)",
    );
  });

  it("names an approval drop's segment kind in words, not by its database name", async () => {
    const drop = {
      message: "Approval for method wechatpay fell to 51.72% over the last 5 min (baseline 83.93%, 29 attempts)",
      text: {
        key: "approval-drop",
        params: {
          dimension: "method",
          segment: "wechatpay",
          approvalRate: 0.5172,
          windowMin: 5,
          baselineRate: 0.8393,
          count: 29,
        },
      },
    };
    expect(alertMessage(drop)).toBe(
      "Approval for payment method wechatpay fell to 51.72% over the last 5 min (baseline 83.93%, 29 attempts)",
    );
    await setLanguage("ru");
    expect(alertMessage(drop)).toContain("Доля одобрений для способа оплаты wechatpay упала до 51,72");
    await setLanguage("pl");
    expect(alertMessage(drop)).toContain("Akceptacja dla metody płatności wechatpay spadła do 51,72");
  });

  it("keeps the server's English for an alert raised without a key", async () => {
    await setLanguage("ru");
    expect(alertMessage({ message: "Something old", text: null })).toBe("Something old");
  });
});
