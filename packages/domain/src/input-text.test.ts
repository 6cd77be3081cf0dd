import { describe, expect, it } from "vitest";
import { inputProblem, MAX_INPUT_DEPTH, textProblem } from "./input-text.ts";

describe("textProblem", () => {
  it("accepts ordinary text, tab, newline, carriage return and paired surrogates", () => {
    for (const text of ["", "refund approved", "line one\r\nline two\tcolumn", "café 🙂 東京", "\u007F is DEL, not C0"])
      expect(textProblem(text)).toBeNull();
  });

  it("refuses NUL and every other C0 control character", () => {
    for (let code = 0; code < 0x20; code++) {
      const expected = code === 9 || code === 10 || code === 13 ? null : "text contains a control character";
      expect(textProblem(`a${String.fromCharCode(code)}b`), `U+${code.toString(16)}`).toBe(expected);
    }
  });

  it("refuses a lone high or low surrogate, anywhere in the text", () => {
    for (const text of ["\uD800", "a\uD800b", "\uDC00", "x\uDFFF", "🙂\uD83D", "\uDE42🙂"])
      expect(textProblem(text), JSON.stringify(text)).toBe("text contains an invalid character");
  });
});

describe("inputProblem", () => {
  it("finds a bad string in values and keys at any depth, in arrays, maps and sets", () => {
    expect(inputProblem({ note: { lines: ["ok", "bad\u0000"] } })).toBe("text contains a control character");
    expect(inputProblem({ ["key\u0001"]: 1 })).toBe("text contains a control character");
    expect(inputProblem([[{ q: "\uD800" }]])).toBe("text contains an invalid character");
    expect(inputProblem(new Map([["k", "\u0002"]]))).toBe("text contains a control character");
    expect(inputProblem(new Set(["\uDC00"]))).toBe("text contains an invalid character");
  });

  it("accepts ordinary input of every type", () => {
    expect(
      inputProblem({
        q: "status:failed amount>100.00",
        limit: 50,
        cursor: null,
        at: new Date(0),
        amount: 10n,
        ok: true,
      }),
    ).toBeNull();
    expect(inputProblem(undefined)).toBeNull();
  });

  it("refuses nesting past the cap without walking it all", () => {
    let deep: unknown = "leaf";
    for (let i = 0; i < 6000; i++) deep = [deep];
    expect(inputProblem(deep)).toBe("input is nested too deeply");
    let atCap: unknown = "leaf";
    for (let i = 0; i < MAX_INPUT_DEPTH; i++) atCap = { a: atCap };
    expect(inputProblem(atCap)).toBeNull();
    expect(inputProblem({ a: atCap })).toBe("input is nested too deeply");
  });
});
