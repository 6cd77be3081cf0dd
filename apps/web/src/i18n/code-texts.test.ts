import { opsMessage } from "@paylens/codes/code-message";
import { afterEach, describe, expect, it } from "vitest";
import { codeMessage, codeText, loadCodeTexts } from "./code-texts.ts";
import { setLanguage } from "./index.ts";

// Messages as the decoders build them: the English and its parts.
const pockyt = opsMessage("Accepted (000100); the payment's outcome is not known yet.", [
  { kind: "provider", provider: "Pockyt", said: "prepay success" },
]);
const issuer = (code: string | null, said: string | null, advice: string | null = null) =>
  opsMessage("Insufficient funds on the card or wallet.", [{ kind: "issuer", code, said, advice }]);

describe("code texts in the console's language", () => {
  afterEach(() => setLanguage("en"));

  it("shows the decoder's English until another language is chosen", () => {
    expect(codeText("Insufficient funds on the card or wallet.")).toBe("Insufficient funds on the card or wallet.");
    expect(codeText(null)).toBeNull();
    expect(codeMessage(pockyt.message, pockyt.messageParts)).toBe(pockyt.message);
  });

  it("translates a catalogued text, and a message by its parts, not the provider's words", async () => {
    await setLanguage("ru");
    await loadCodeTexts("ru");
    expect(codeText("Insufficient funds on the card or wallet.")).toBe("Недостаточно средств на карте или в кошельке.");
    expect(codeMessage(pockyt.message, pockyt.messageParts)).toBe(
      "Принято (000100); итог платежа пока неизвестен. Pockyt сообщает: «prepay success».",
    );
    // The issuer's answer by its reason where the ISO code has one, else as the issuer worded it.
    const byReason = issuer("51", "Insufficient funds");
    expect(codeMessage(byReason.message, byReason.messageParts)).toBe(
      "Недостаточно средств на карте или в кошельке. Ответ эмитента: 51 (Недостаточно средств).",
    );
    const asWorded = issuer("Q9", "Odd answer", "03");
    expect(codeMessage(asWorded.message, asWorded.messageParts)).toBe(
      "Недостаточно средств на карте или в кошельке. Ответ эмитента: Q9 (Odd answer); код рекомендации продавцу 03.",
    );
    // Nothing is read back out of English: a message with notes but no parts is looked up whole, and stays as sent.
    expect(codeMessage(byReason.message, null)).toBe(byReason.message);
    expect(codeText(byReason.message)).toBe(byReason.message);
    await loadCodeTexts("pl");
    expect(codeText("Waiting for your payment.")).toBe("Czekamy na Twoją płatność.");
  });

  it("leaves a text no catalogue has as the provider sent it", async () => {
    await setLanguage("pl");
    await loadCodeTexts("pl");
    expect(codeText("Something only this bank says.")).toBe("Something only this bank says.");
    const unknown = opsMessage("Something only this bank says.", [
      { kind: "issuer", code: null, said: null, advice: "21" },
    ]);
    expect(codeMessage(unknown.message, unknown.messageParts)).toBe(
      "Something only this bank says. kod zalecenia dla sprzedawcy 21.",
    );
  });
});
