import { describe, expect, it } from "vitest";
import { relatedSearches } from "./related-searches.ts";

describe("relatedSearches", () => {
  it("builds card, customer and order searches from what is known", () => {
    expect(
      relatedSearches({
        cardBin: "420000",
        cardLast4: "0000",
        customerEmail: "jane doe@example.com",
        trackingId: "order-1",
      }),
    ).toEqual([
      { label: "All transactions of this card", detail: "420000…0000", q: "bin:420000 last4:0000" },
      { label: "All transactions of this customer", detail: "jane doe@example.com", q: 'email:"jane doe@example.com"' },
      { label: "Every attempt for this order", detail: "order-1", q: "tracking:order-1" },
    ]);
  });

  it("leaves out what a wallet payment does not have", () => {
    expect(
      relatedSearches({ cardBin: null, cardLast4: null, customerEmail: null, trackingId: "t" }).map((s) => s.q),
    ).toEqual(["tracking:t"]);
    expect(relatedSearches({ cardBin: null, cardLast4: "1234", customerEmail: null, trackingId: null })[0]?.q).toBe(
      "last4:1234",
    );
  });
});
