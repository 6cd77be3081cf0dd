// Every language says everything an alert message says around the alert: a key missing or empty in any language fails.
import { describe, expect, it } from "vitest";
import { ALERT_RULES } from "@paylens/domain/alert-rules";
import { LANGUAGES } from "@paylens/domain/languages";
import { noticeHeadline, testNotice } from "../notice.ts";
import { reportHeadline } from "../send-report.ts";
import { NOTICE_TEXTS } from "./index.ts";

function flatten(value: unknown, prefix = "", out = new Map<string, string>()): Map<string, string> {
  if (typeof value === "string") out.set(prefix, value);
  else if (value && typeof value === "object")
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  return out;
}

describe("alert notice texts", () => {
  const english = flatten(NOTICE_TEXTS.en);

  it("names every alert rule", () => {
    expect(ALERT_RULES.filter((rule) => !english.has(`rules.${rule}`))).toEqual([]);
  });

  it.each(LANGUAGES)("%s has every key, none empty and no other", (language) => {
    const texts = flatten(NOTICE_TEXTS[language]);
    expect([...english.keys()].filter((key) => !texts.get(key)?.trim())).toEqual([]);
    expect([...texts.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  it("writes a channel's test notice in the chosen language", () => {
    const notice = testNotice("https://paylens.example", new Date("2026-12-01T10:00:00Z"), "pl");
    expect(noticeHeadline(notice, "pl")).toBe(
      "[Paylens] Test: Testowe powiadomienie Paylens: ten kanał odbiera alerty.",
    );
    expect(noticeHeadline(testNotice("https://paylens.example", new Date(), "ru"), "ru")).toMatch(
      /^\[Paylens\] Проверка: /,
    );
  });

  it("heads a scheduled report in the chosen language, its rows counted by that language's plural rules", () => {
    const report = { name: "Odrzucone", days: null, period: "2026-12-01", rows: 5 };
    expect(reportHeadline(report, "pl")).toBe("[Paylens] Raport „Odrzucone”, 2026-12-01: 5 wierszy");
    expect(reportHeadline({ ...report, rows: 22 }, "pl")).toBe("[Paylens] Raport „Odrzucone”, 2026-12-01: 22 wiersze");
    expect(reportHeadline({ ...report, name: "Отказы", rows: 21 }, "ru")).toBe(
      "[Paylens] Отчёт «Отказы», 2026-12-01: 21 строка",
    );
    expect(reportHeadline({ ...report, name: "Declines", rows: 1 }, "en")).toBe(
      "[Paylens] Report “Declines”, 2026-12-01: 1 row",
    );
  });
});
