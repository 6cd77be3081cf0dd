import { describe, expect, it } from "vitest";
import { z } from "zod";
import { PayloadError } from "./connector.ts";
import { instant, listOf, minorUnits, readPayload, section, text, whole } from "./wire.ts";

describe("lenient provider fields", () => {
  it("reads numbers as text and digits as numbers, and anything else as null", () => {
    expect([text.parse(12), text.parse("a"), text.parse(""), text.parse({}), text.parse(undefined)]).toEqual([
      "12",
      "a",
      null,
      null,
      null,
    ]);
    expect([whole.parse("07"), whole.parse(7), whole.parse("7.5"), whole.parse(2 ** 60)]).toEqual([7, 7, null, null]);
  });

  it("takes minor units as integers or digit strings only: a decimal is not minor units", () => {
    expect([
      minorUnits.parse(" 1050 "),
      minorUnits.parse(1050),
      minorUnits.parse("10.50"),
      minorUnits.parse(1.5),
    ]).toEqual([1050n, 1050n, null, null]);
  });

  it("reads times, and an unreadable time as null", () => {
    expect(instant.parse("2026-12-01T06:00:00Z")?.toISOString()).toBe("2026-12-01T06:00:00.000Z");
    expect(instant.parse("soon")).toBeNull();
  });

  it("reads a section that is not an object as null, and leaves out list items of another kind", () => {
    const body = z.object({ card: section({ bin: text }), lines: listOf(z.object({ id: text })) });
    expect(body.parse({ card: [1], lines: [{ id: 1 }, "x", null] })).toEqual({ card: null, lines: [{ id: "1" }] });
    expect(body.parse({})).toEqual({ card: null, lines: [] });
  });

  it("throws a PayloadError with the schema's message when the body itself is wrong", () => {
    const body = z.object({ id: text }, { error: "body is not a JSON object" });
    expect(() => readPayload(body, [])).toThrow(PayloadError);
    expect(() => readPayload(body, "x")).toThrow("body is not a JSON object");
  });
});
