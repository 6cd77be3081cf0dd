import { afterEach, describe, expect, it } from "vitest";
import { setLanguage } from "../i18n/index.ts";
import { eventSummary } from "./event-summary.ts";

const event = (transition: string, from: string | null, to: string, summary: string, code: string | null = null) => ({
  transition,
  statusFrom: from,
  statusTo: to,
  code,
  summary,
});

describe("timeline summaries in the console's language", () => {
  afterEach(() => setLanguage("en"));

  it("writes the server's standard summaries again from the event's fields", async () => {
    await setLanguage("ru");
    expect(eventSummary(event("create", null, "failed", "payment failed (F.0002)", "F.0002"))).toBe(
      "Платёж: Отклонена (F.0002)",
    );
    expect(
      eventSummary(event("duplicate", "successful", "successful", "duplicate delivery of successful: nothing changed")),
    ).toMatch(/^Повторная доставка статуса «.+»: ничего не изменилось$/);
    expect(eventSummary(event("action", "successful", "refunded", "refund by Olga: refunded"))).toMatch(
      /^.+ \(Olga\): .+$/,
    );
  });

  it("keeps a summary it does not recognise as the server sent it", async () => {
    await setLanguage("pl");
    expect(eventSummary(event("flagged", "successful", "failed", "signature valid but amount changed"))).toBe(
      "signature valid but amount changed",
    );
  });
});
