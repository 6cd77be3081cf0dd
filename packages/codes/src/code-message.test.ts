import { describe, expect, it } from "vitest";
import { decodeAntom, listAntomCodes } from "./antom.ts";
import { decodeBegateway, listBegatewayCodes } from "./begateway.ts";
import { noteInEnglish, opsMessage } from "./code-message.ts";
import { decodePockyt, listPockytCodes } from "./pockyt.ts";

describe("ops messages as parts", () => {
  it("writes the notes in English after the text", () => {
    expect(
      opsMessage("Do not honor.", [{ kind: "issuer", code: "Q9", said: "Odd answer", advice: "03" }, null]),
    ).toEqual({
      message: "Do not honor. Issuer answered Q9 (Odd answer); merchant advice code 03.",
      messageParts: {
        text: "Do not honor.",
        notes: [{ kind: "issuer", code: "Q9", said: "Odd answer", advice: "03" }],
      },
    });
    expect(noteInEnglish({ kind: "issuer", code: null, said: null, advice: "21" })).toBe("merchant advice code 21.");
    expect(noteInEnglish({ kind: "provider", provider: "Pockyt", said: "prepay success" })).toBe(
      'Pockyt says: "prepay success".',
    );
    expect(opsMessage(null, [{ kind: "provider", provider: "Pockyt", said: "x" }])).toEqual({
      message: null,
      messageParts: null,
    });
  });

  it("gives every decoded message its parts, the notes as figures and never in the text", () => {
    const decoded = [
      ...listBegatewayCodes().map((row) => decodeBegateway(row.code)),
      ...listAntomCodes().map((row) =>
        decodeAntom(
          { resultStatus: "F", resultCode: row.code },
          { refusalCodeRaw: "51", refusalReasonRaw: "Insufficient funds", merchantAdviceCode: "01" },
        ),
      ),
      ...listPockytCodes(),
      decodePockyt("000100", null, "prepay success "),
      decodePockyt("999999", null, "data error : something"),
    ];
    for (const outcome of decoded) {
      const parts = outcome.messageParts;
      expect(parts?.text, `${outcome.code}`).toBe(outcome.message?.slice(0, parts?.text.length));
      expect(parts?.text).not.toMatch(/Issuer answered|says:/);
    }
    const antomNotes = decoded.filter((outcome) => outcome.messageParts?.notes.some((note) => note.kind === "issuer"));
    expect(antomNotes.length).toBe(listAntomCodes().length);
    expect(decodePockyt("000100", null, "prepay success ").messageParts).toEqual({
      text: "Accepted (000100); the payment's outcome is not known yet.",
      notes: [{ kind: "provider", provider: "Pockyt", said: "prepay success" }],
    });
  });
});
