import { describe, expect, it } from "vitest";
import { containsPan } from "./card.ts";
import { indentJson, presentWebhookBody } from "./webhook-body.ts";

describe("presentWebhookBody", () => {
  it("indents JSON and masks card numbers in strings and numbers, and security codes whatever their shape", () => {
    const raw =
      '{"transaction":{"uid":"46154-aba1","credit_card":{"number":"4200000000000000","verification_value":"123","bin":420000},"pan":5204240000015003,"cvc":{"x":[1,"}"]},"tags":[]}}';
    const body = presentWebhookBody(raw, "application/json");
    expect(body.format).toBe("json");
    expect(body.text).toBe(
      [
        "{",
        '  "transaction": {',
        '    "uid": "46154-aba1",',
        '    "credit_card": {',
        '      "number": "420000******0000",',
        '      "verification_value": "***",',
        '      "bin": 420000',
        "    },",
        '    "pan": 520424******5003,',
        '    "cvc": "***",',
        '    "tags": []',
        "  }",
        "}",
      ].join("\n"),
    );
    expect(containsPan(body.text)).toBe(false);
  });

  it("keeps numbers beyond 2^53, escapes and key order exactly as sent", () => {
    expect(indentJson('{"b":12345678901234567890,"a":"x\\"}y","1":1.50}')).toBe(
      '{\n  "b": 12345678901234567890,\n  "a": "x\\"}y",\n  "1": 1.50\n}',
    );
  });

  it("shows a form as decoded key=value lines, masked", () => {
    const raw =
      "status=success&card_no=4005550000000019&cvv=999&note=a+b%0Ac&enc=%34%32%30%30%30%30%30%30%30%30%30%30%30%30%30%30";
    const body = presentWebhookBody(raw, "application/x-www-form-urlencoded");
    expect(body).toEqual({
      format: "form",
      text: "status=success\ncard_no=400555******0019\ncvv=***\nnote=a b\\nc\nenc=420000******0000",
    });
    expect(presentWebhookBody("a=1&b=2", undefined).format).toBe("form");
  });

  it("leaves anything else as text, still masked", () => {
    expect(presentWebhookBody("<xml>4200000000000000</xml>", "application/xml")).toEqual({
      format: "text",
      text: "<xml>420000******0000</xml>",
    });
    expect(presentWebhookBody('{"broken": ', "application/json").format).toBe("text");
    expect(presentWebhookBody("", "application/json")).toEqual({ format: "text", text: "" });
  });

  it("copes with deep nesting without recursion", () => {
    const deep = `${"[".repeat(5000)}1${"]".repeat(5000)}`;
    expect(presentWebhookBody(deep, null).text.split("\n")).toHaveLength(10001);
  });
});
