// Every text a decoder can show (each catalogue row's ops and customer message, and the fallbacks for codes without
// a row) must be written in every language, and nothing may be kept for a text no decoder produces any more.
import { describe, expect, it } from "vitest";
import { ANTOM_CATALOGUE } from "./antom-catalogue.ts";
import { decodeAntom } from "./antom.ts";
import { BEGATEWAY_CATALOGUE } from "./begateway-catalogue.ts";
import { decodeBegateway } from "./begateway.ts";
import { CODE_TEXTS_PL } from "./code-texts-pl.ts";
import { CODE_TEXTS_RU } from "./code-texts-ru.ts";
import { decodePockyt, pockytUnsupported } from "./pockyt.ts";
import { POCKYT_CATALOGUE } from "./pockyt-catalogue.ts";

const LANGUAGES = { ru: CODE_TEXTS_RU, pl: CODE_TEXTS_PL };

function englishTexts(): Set<string> {
  const texts = new Set<string>();
  const add = (...values: (string | null | undefined)[]) => {
    for (const value of values) if (value) texts.add(value);
  };
  for (const row of [...BEGATEWAY_CATALOGUE, ...ANTOM_CATALOGUE, ...POCKYT_CATALOGUE])
    add(row.message, row.friendlyMessage);
  // Fallbacks: codes without a row still get a customer text per letter, and a few fixed ops lines.
  for (const letter of ["S", "F", "P", "E"]) add(decodeBegateway(`${letter}.9876`).friendlyMessage);
  add(decodeBegateway(null, { status: "successful" }).message);
  for (const resultStatus of ["S", "F", "U"])
    add(decodeAntom({ resultCode: "NOT_A_CODE", resultStatus, resultMessage: "x" }).friendlyMessage);
  add(decodeAntom({ resultCode: "NOT_A_CODE", resultStatus: "E", resultMessage: "x" }).friendlyMessage);
  // The texts of messages with notes: the console translates the text and writes the notes itself.
  add(decodeAntom({ resultCode: "PROCESS_FAIL", resultStatus: "F" }, { refusalCodeRaw: "51" }).messageParts?.text);
  add(decodePockyt("999999").friendlyMessage, decodePockyt("000100").message, decodePockyt("000100").friendlyMessage);
  add(pockytUnsupported("Capture").friendlyMessage);
  return texts;
}

// Names the reader types or searches for (parameters, codes) stay as the provider spells them.
const VERBATIM = /\b\d{6}\b|(?<![\w.])(?:[a-z]+(?:_[a-z]+)+|[a-z]+[A-Z][A-Za-z]+)\b/g;

describe("code texts", () => {
  const english = englishTexts();

  it("finds the catalogue's texts", () => {
    expect(english.size).toBeGreaterThan(500);
    expect(english).toContain("Waiting for your payment.");
  });

  for (const [language, texts] of Object.entries(LANGUAGES)) {
    it(`has a ${language} text for every code text`, () => {
      const missing = [...english].filter((text) => !texts[text]?.trim());
      expect(missing).toEqual([]);
    });

    it(`keeps no ${language} text that no decoder produces`, () => {
      expect(Object.keys(texts).filter((text) => !english.has(text))).toEqual([]);
    });

    it(`keeps parameter names and codes verbatim in ${language}`, () => {
      const lost = Object.entries(texts).flatMap(([source, translated]) =>
        (source.match(VERBATIM) ?? []).filter((name) => !translated.includes(name)).map((name) => `${name}: ${source}`),
      );
      expect(lost).toEqual([]);
    });
  }
});
