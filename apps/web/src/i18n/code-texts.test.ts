import { afterEach, describe, expect, it } from "vitest";
import { codeText, loadCodeTexts } from "./code-texts.ts";

describe("code texts in the console's language", () => {
  afterEach(() => loadCodeTexts("en"));

  it("shows the decoder's English until another language is chosen", () => {
    expect(codeText("Insufficient funds on the card or wallet.")).toBe("Insufficient funds on the card or wallet.");
    expect(codeText(null)).toBeNull();
  });

  it("translates a catalogued text, and only the catalogued head of one the provider added to", async () => {
    await loadCodeTexts("ru");
    expect(codeText("Insufficient funds on the card or wallet.")).toBe("Недостаточно средств на карте или в кошельке.");
    expect(codeText('Accepted (000100); the payment\'s outcome is not known yet. Pockyt says: "prepay success".')).toBe(
      'Принято (000100); итог платежа пока неизвестен. Pockyt says: "prepay success".',
    );
    await loadCodeTexts("pl");
    expect(codeText("Waiting for your payment.")).toBe("Czekamy na Twoją płatność.");
  });

  it("leaves a text no catalogue has as the provider sent it", async () => {
    await loadCodeTexts("pl");
    expect(codeText("Something only this bank says.")).toBe("Something only this bank says.");
  });
});
