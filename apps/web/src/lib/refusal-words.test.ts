import { afterEach, describe, expect, it } from "vitest";
import { setLanguage } from "../i18n/index.ts";
import { refusalText } from "./refusal-words.ts";

const refused = {
  code: "CONFLICT",
  reason: "exceeds_refundable" as const,
  params: { requestedMinor: 62500n, leftMinor: 2500n, currency: "EUR" },
};

describe("the API's refusals in the console's language", () => {
  afterEach(() => setLanguage("en"));

  it("words a named reason with its money as the language writes it", async () => {
    expect(refusalText(refused, "server text")).toBe("Cannot refund €625.00: only €25.00 is left to refund");
    await setLanguage("ru");
    expect(refusalText(refused, "server text")).toBe(
      "Нельзя вернуть 625,00\u00a0€: к возврату осталось только 25,00\u00a0€",
    );
    await setLanguage("pl");
    expect(refusalText({ code: "FORBIDDEN", reason: "role_forbidden", params: { role: "support" } }, "x")).toBe(
      "Rola „Wsparcie” nie może tego zrobić",
    );
  });

  it("says what kind of refusal it was where no reason is named, never the API's English", async () => {
    const notFound = { code: "NOT_FOUND", requestId: "r-1" };
    expect(refusalText(notFound, "No transaction 42")).toBe("No transaction 42");
    await setLanguage("ru");
    expect(refusalText(notFound, "No transaction 42")).toBe("Не найдено: возможно, запись удалена или ссылка неверна.");
    expect(refusalText({ code: "INTERNAL_SERVER_ERROR", requestId: "r-1" }, "x")).toBe(
      "Что-то пошло не так на нашей стороне (запрос r-1)",
    );
    expect(refusalText({ code: "SOMETHING_NEW" }, "x")).toBe("Запрос не выполнен.");
  });
});
