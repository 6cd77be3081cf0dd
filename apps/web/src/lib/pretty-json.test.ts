import { describe, expect, it } from "vitest";
import { prettyJson } from "./pretty-json.ts";

describe("prettyJson", () => {
  it("indents and survives bigints and undefined", () => {
    expect(prettyJson({ a: 1, b: 12345678901234567890n })).toBe('{\n  "a": 1,\n  "b": "12345678901234567890"\n}');
    expect(prettyJson(undefined)).toBe("null");
  });
});
