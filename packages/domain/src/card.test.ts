import { describe, expect, it } from "vitest";
import { redactBody } from "./card-body.ts";
import {
  containsCardData,
  containsPan,
  isSecurityCodeField,
  luhnValid,
  maskPans,
  normalizeBrand,
  redactCardData,
  redactText,
  SECURITY_CODE_FIELDS,
} from "./card.ts";

describe("card data", () => {
  it("checks Luhn", () => {
    expect(luhnValid("4200000000000000")).toBe(true);
    expect(luhnValid("4005550000000019")).toBe(true);
    expect(luhnValid("4200000000000001")).toBe(false);
  });

  it("masks Luhn-valid card numbers, keeping BIN and last 4", () => {
    expect(maskPans("card 4200000000000000 ok")).toBe("card 420000******0000 ok");
    expect(maskPans("id 4200000000000001")).toBe("id 4200000000000001");
    expect(containsPan('{"number":"5204240000015003"}')).toBe(true);
    expect(containsPan(maskPans('{"number":"5204240000015003"}'))).toBe(false);
  });

  it("drops security codes from nested values and masks numbers in arrays", () => {
    const masked = redactCardData({
      credit_card: { number: "4200000000000000", verification_value: "123" },
      list: ["4005550000000019"],
    });
    expect(masked).toEqual({ credit_card: { number: "420000******0000" }, list: ["400555******0019"] });
  });

  it("masks card numbers written with spaces, dashes or dots between the groups", () => {
    expect(maskPans("4111 1111 1111 1111")).toBe("411111******1111");
    expect(maskPans("card 5555-5555-5555-4444, thanks")).toBe("card 555555******4444, thanks");
    expect(maskPans("4111.1111.1111.1111")).toBe("411111******1111");
    expect(maskPans("Amex 3782 822463 10005")).toBe("Amex 378282*****0005");
    // Inside a longer run of groups, on group edges.
    expect(maskPans("order 12 4111 1111 1111 1111 ok")).toBe("order 12 411111******1111 ok");
    expect(containsPan("pan: 4111-1111-1111-1111")).toBe(true);
    // Two separators in a row end a run: these are two numbers, not a card.
    expect(maskPans("4111 1111  1111 1111")).toBe("4111 1111  1111 1111");
  });

  it("leaves what no scheme issues: timestamps, Luhn-invalid numbers, amounts", () => {
    expect(maskPans("time=20261203211630")).toBe("time=20261203211630");
    expect(maskPans("4111 1111 1111 1112")).toBe("4111 1111 1111 1112");
    expect(maskPans("amount 100.00 EUR")).toBe("amount 100.00 EUR");
  });

  it("leaves UUIDs whole, whose digit runs can read as a card number, and still masks a card beside one", () => {
    const uuid = "38752620-6501-428f-8c87-4068eb9fd9b9"; // 387526206501428 passes as a Diners number
    expect(containsPan(uuid)).toBe(false);
    expect(maskPans(`transaction ${uuid}`)).toBe(`transaction ${uuid}`);
    expect(containsPan(`${uuid} 4111 1111 1111 1111`)).toBe(true);
    expect(maskPans(`${uuid.toUpperCase()} card 4111-1111-1111-1111`)).toBe(
      `${uuid.toUpperCase()} card 411111******1111`,
    );
  });

  for (const name of SECURITY_CODE_FIELDS) {
    it(`drops the security code under "${name}" at any depth, however it is cased`, () => {
      const camel = name.replace(/^card(.)/, (_m, c: string) => `card${c.toUpperCase()}`);
      for (const key of [name, name.toUpperCase(), camel]) {
        const value = { payment: { methods: [{ card: { [key]: "737", last4: "1111" } }] } };
        expect(redactCardData(value)).toEqual({ payment: { methods: [{ card: { last4: "1111" } }] } });
        expect(isSecurityCodeField(key)).toBe(true);
        const body = redactBody(JSON.stringify(value));
        expect(body).not.toContain("737");
        expect(redactBody(`${key}=737&amount=100`)).toBe(`${key}=${encodeURIComponent("***")}&amount=100`);
      }
    });
  }

  it("knows the names in other spellings: snake, kebab and camel case", () => {
    for (const key of [
      "cvc2",
      "securityCode",
      "cardCvv",
      "card_security_code",
      "csc",
      "CVV2",
      "card-cvc",
      "verification_value",
    ])
      expect(isSecurityCodeField(key)).toBe(true);
    for (const key of ["code", "cvv_result", "avs", "security", "card"]) expect(isSecurityCodeField(key)).toBe(false);
  });

  it("removes security codes written in free text after their name", () => {
    expect(redactText("customer says cvc2 737 works")).toBe("customer says cvc2 *** works");
    expect(redactText("CVV: 123")).toBe("CVV: ***");
    expect(redactText("security code=1234.")).toBe("security code=***.");
    expect(redactText('{\\"csc\\":\\"999\\"}')).not.toContain("999");
    expect(redactText("cvv result M")).toBe("cvv result M");
    expect(containsCardData("note: cvv 123")).toBe(true);
    expect(containsCardData(redactText("note: cvv 123, card 4111 1111 1111 1111"))).toBe(false);
  });
});

describe("redactBody", () => {
  it("rewrites JSON in place: layout, key order and big numbers kept, card data gone", () => {
    const raw =
      '{"id":9007199254740993123,\n "card":{"number":"4111 1111 1111 1111","cvv":"123","exp":"12/30"},"pan":4200000000000000,"cvc2":{"v":1},"n":[{"securityCode":737}],"ok":true}';
    expect(redactBody(raw)).toBe(
      '{"id":9007199254740993123,\n "card":{"number":"411111******1111","cvv":"***","exp":"12/30"},"pan":"420000******0000","cvc2":"***","n":[{"securityCode":"***"}],"ok":true}',
    );
    expect(() => JSON.parse(redactBody(raw))).not.toThrow();
  });

  it("redacts a form, decoded, so a percent-encoded number is found too", () => {
    const out = new URLSearchParams(redactBody("note=4111%201111%201111%201111&cardCvv=123&amount=1.00"));
    expect(out.get("note")).toBe("411111******1111");
    expect(out.get("cardCvv")).toBe("***");
    expect(out.get("amount")).toBe("1.00");
  });

  it("keeps a provider's own identifier fields as sent, and only those", () => {
    const raw = '{"transactionNo":"4111111111111111","note":"4111111111111111"}';
    expect(redactBody(raw, { keep: new Set(["transactionNo"]) })).toBe(
      '{"transactionNo":"4111111111111111","note":"411111******1111"}',
    );
    expect(redactBody("transactionNo=4111111111111111&x=4111111111111111", { keep: new Set(["transactionNo"]) })).toBe(
      "transactionNo=4111111111111111&x=411111******1111",
    );
  });

  it("keeps an id whose digits pass for a card number across its dash, as beGateway's uids can", () => {
    const uid = "40000-000000002f"; // 40000000000002, the dash read as a separator, passes for a card number
    expect(redactText(uid)).toBe("400000****0002f");
    const keep = new Set(["uid", "parent_uid"]);
    expect(redactCardData({ transaction: { uid, parent_uid: uid, note: uid } }, keep)).toEqual({
      transaction: { uid, parent_uid: uid, note: "400000****0002f" },
    });
    expect(redactBody(`{"uid":"${uid}","note":"${uid}"}`, { keep })).toBe(`{"uid":"${uid}","note":"400000****0002f"}`);
    expect(redactBody(`uid=${uid}&note=${uid}`, { keep })).toBe(`uid=${uid}&note=400000****0002f`);
    // A card number written as a person would, with spaces, is no id: masked in an id field too.
    expect(redactCardData({ uid: "4111 1111 1111 1111" }, keep)).toEqual({ uid: "411111******1111" });
  });

  it("redacts what is not JSON or a form as text, and deep JSON without overflowing", () => {
    expect(redactBody("{broken 4111111111111111 cvv 123")).toBe("{broken 411111******1111 cvv ***");
    const deep = `${"[".repeat(6000)}"4111111111111111"${"]".repeat(6000)}`;
    expect(containsPan(redactBody(deep))).toBe(false);
  });
});

describe("normalizeBrand", () => {
  it("gives every provider's spelling of a brand one name", () => {
    expect(normalizeBrand("master")).toBe("mastercard");
    expect(normalizeBrand("MASTERCARD")).toBe("mastercard");
    expect(normalizeBrand("American Express")).toBe("amex");
    expect(normalizeBrand("VISA")).toBe("visa");
    expect(normalizeBrand(null)).toBeNull();
  });
});
