import { afterEach, describe, expect, it } from "vitest";
import { codeText, loadCodeTexts } from "./code-texts.ts";
import { setLanguage } from "./index.ts";

describe("code texts in the console's language", () => {
  afterEach(() => setLanguage("en"));

  it("shows the decoder's English until another language is chosen", () => {
    expect(codeText("Insufficient funds on the card or wallet.")).toBe("Insufficient funds on the card or wallet.");
    expect(codeText(null)).toBeNull();
  });

  it("translates a catalogued text, and of one the provider added to its head and note, not the provider's words", async () => {
    await setLanguage("ru");
    await loadCodeTexts("ru");
    expect(codeText("Insufficient funds on the card or wallet.")).toBe("Недостаточно средств на карте или в кошельке.");
    expect(codeText('Accepted (000100); the payment\'s outcome is not known yet. Pockyt says: "prepay success".')).toBe(
      "Принято (000100); итог платежа пока неизвестен. Pockyt сообщает: «prepay success».",
    );
    // The issuer's answer by its reason where the ISO code has one, else as the issuer worded it.
    expect(codeText("Insufficient funds on the card or wallet. Issuer answered 51 (Insufficient funds).")).toBe(
      "Недостаточно средств на карте или в кошельке. Ответ эмитента: 51 (Недостаточно средств).",
    );
    expect(
      codeText("Insufficient funds on the card or wallet. Issuer answered Q9 (Odd answer); merchant advice code 03."),
    ).toBe(
      "Недостаточно средств на карте или в кошельке. Ответ эмитента: Q9 (Odd answer); код рекомендации продавцу 03.",
    );
    await loadCodeTexts("pl");
    expect(codeText("Waiting for your payment.")).toBe("Czekamy na Twoją płatność.");
  });

  it("leaves a text no catalogue has as the provider sent it", async () => {
    await loadCodeTexts("pl");
    expect(codeText("Something only this bank says.")).toBe("Something only this bank says.");
  });
});
