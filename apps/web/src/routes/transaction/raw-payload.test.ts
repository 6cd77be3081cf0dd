import { describe, expect, it } from "vitest";
import { flattenDetails } from "./raw-payload.tsx";

describe("flattenDetails", () => {
  it("flattens provider sections, drops empty ones and what other panels show", () => {
    const rows = flattenDetails({
      expMonth: 11,
      refunds: [],
      vendor: "alipay",
      paymentResultInfo: { cardBrand: "MASTERCARD", avsResultRaw: "Y", threeDSResult: { eci: "02" }, empty: null },
      contract: ["recurring", "oneclick"],
    });
    expect(rows).toEqual([
      { label: "Vendor", value: "alipay" },
      { label: "Payment result info · card brand", value: "MASTERCARD" },
      { label: "Payment result info · avs result raw", value: "Y" },
      { label: "Payment result info · three ds result · eci", value: "02" },
      { label: "Contract", value: "recurring, oneclick" },
    ]);
  });
});
