import { describe, expect, it } from "vitest";
import { tokenize } from "./query-text.ts";
import { guessIdentifier, matchedByLabel, notFoundMessage, termLabel } from "./search-describe.ts";

const first = (query: string) => {
  const token = tokenize(query)[0];
  if (!token) throw new Error("no token");
  return token;
};

describe("termLabel", () => {
  it("names keys and values in words", () => {
    expect(termLabel(first("provider:begateway,antom"))).toEqual({ key: "Provider", value: "beGateway, Antom" });
    expect(termLabel(first("-status:failed"))).toEqual({ key: "Status is not", value: "Failed" });
    expect(termLabel(first("amount>=100.00"))).toEqual({ key: "Amount", value: "≥ 100.00" });
    expect(termLabel(first('issuer:"Bank of X"'))).toEqual({ key: "Issuer", value: "Bank of X" });
    expect(termLabel(first("600000000777"))).toEqual({ key: "Identifier", value: "600000000777" });
    expect(termLabel(first("colour:red"))).toEqual({ key: "colour", value: "red" });
  });
});

describe("notFoundMessage", () => {
  it("names the identifier kind the server matched or the shape suggests", () => {
    expect(notFoundMessage(tokenize("123456789012"), "rrn").title).toBe("No transaction with RRN 123456789012");
    expect(notFoundMessage(tokenize("123456789012"), null).title).toBe("No transaction with RRN 123456789012");
    expect(notFoundMessage(tokenize("jane@example.com"), null).title).toBe(
      "No transaction with e-mail jane@example.com",
    );
    expect(notFoundMessage(tokenize("order-1"), "tracking").title).toBe("No transaction with tracking ID order-1");
    expect(notFoundMessage(tokenize("zz-top"), null).title).toBe("No transaction with the identifier “zz-top”");
  });

  it("speaks of cards for last 4 with an amount, and of filters otherwise", () => {
    expect(notFoundMessage(tokenize("last4:0000 amount:12.50"), "last4+amount").title).toBe(
      "No transaction with a card ending 0000 and amount 12.50",
    );
    expect(notFoundMessage(tokenize("provider:antom status:failed"), null).title).toBe(
      "No transactions match this search",
    );
  });

  it("labels kinds and guesses shapes", () => {
    expect(matchedByLabel("paymentId")).toBe("paymentId");
    expect(matchedByLabel("something")).toBe("something");
  });

  it("names a provider's id columns as the provider does, and the other kinds generically", () => {
    expect(matchedByLabel("tracking", ["antom", "antom"])).toBe("paymentRequestId");
    expect(matchedByLabel("uid", ["antom"])).toBe("paymentId");
    expect(matchedByLabel("uid", ["pockyt"])).toBe("transactionNo");
    expect(matchedByLabel("tracking", ["pockyt"])).toBe("Reference");
    expect(matchedByLabel("tracking", ["antom", "begateway"])).toBe("paymentRequestId / Tracking ID");
    expect(matchedByLabel("tracking")).toBe("tracking ID");
    expect(matchedByLabel("rrn", ["antom"])).toBe("RRN");
    expect(matchedByLabel("last4+amount", ["antom"])).toBe("card's last 4 digits and amount");
    expect(guessIdentifier("00000000-0000-4000-8000-000000000001")).toBe("id");
    expect(guessIdentifier("A12345")).toBeNull();
  });
});
