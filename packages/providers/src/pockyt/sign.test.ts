// Known answers: every vector of docs/providers/pockyt.md §3.4, with the docs' sample token.
import { describe, expect, it } from "vitest";
import { formBody, readPockytParams } from "./params.ts";
import { pockytSign, pockytSignBase, pockytSignMatches } from "./sign.ts";

const TOKEN = "5cbfb079f15b150122261c8537086d77a";
const MERCHANT = { merchantNo: "200043", storeNo: "300014" };

describe("verifySign known answers (docs/providers/pockyt.md §3.4)", () => {
  it("ends the signed string with & + md5(token)", () => {
    expect(pockytSignBase({}, TOKEN)).toBe("186abea4b8610d7ff03768255588597a");
    expect(pockytSignBase({ b: "2", a: "1" }, TOKEN)).toBe("a=1&b=2&186abea4b8610d7ff03768255588597a");
  });

  it.each([
    [
      "the docs' signing example",
      {
        amount: "1.00",
        callbackUrl: "https://wx.yuansfer.yunkeguan.com/wx",
        currency: "USD",
        goodsInfo: '[{"goods_name":"Yuansfer","quantity":"1"}]',
        ipnUrl: "https://wx.yuansfer.yunkeguan.com/wx",
        merchantNo: "200043",
        reference: "seq_1525922323",
        storeNo: "300014",
        terminal: "ONLINE",
        timeout: "120",
        vendor: "alipay",
      },
      "b6bfd66531ae7c9499115c7480a2c8aa",
    ],
    [
      "the Java SDK's IPN",
      {
        amount: "0.01",
        currency: "USD",
        reference: "test1666247277861",
        settleCurrency: "USD",
        status: "success",
        time: "20221020142817",
        transactionNo: "305680500880311923",
      },
      "435d01c5d5fa88cfe8168fbfbf732519",
    ],
    ["tran-query", { ...MERCHANT, transactionNo: "297553638300708562" }, "0df745088d7202a6d186596acdc82c6a"],
    [
      "refund",
      {
        ...MERCHANT,
        refundAmount: "0.01",
        currency: "USD",
        settleCurrency: "USD",
        transactionNo: "297553638301777927",
        refundReference: "refund2020101305",
      },
      "dd81f7781603bec48ae2c6a9ac758bf2",
    ],
    [
      "app-instore pay",
      { ...MERCHANT, transactionNo: "297553636764407286", paymentBarcode: "286498530672949108", vendor: "alipay" },
      "f38965887c5676e2fb19d951251eb613",
    ],
    [
      "create-trans-qrcode",
      {
        ...MERCHANT,
        amount: "0.11",
        currency: "USD",
        settleCurrency: "USD",
        reference: "test2020102023",
        ipnUrl: "http://zk-tys.yunkeguan.com/login/test",
        needQrcode: "true",
        vendor: "alipay",
        timeout: "120",
      },
      "45bfac0286debaf0c316c011d6842d2c",
    ],
    [
      "secure-pay with 15 fields",
      {
        ...MERCHANT,
        amount: "13",
        currency: "PHP",
        settleCurrency: "USD",
        vendor: "alipay",
        terminal: "ONLINE",
        timeout: "30",
        reference: "test202001011303",
        ipnUrl: "http://zk-tys.yunkeguan.com/ttest/test",
        callbackUrl: "http://zk-tys.yunkeguan.com/ttest/test2?status={status}",
        description: "test+description",
        note: "test note",
        osType: "IOS",
        goodsInfo: '[{"goods_name":"name1","quantity":"quantity1"}]',
      },
      "72a2c6ce8497adc8a03a78135618e666",
    ],
  ])("%s", (_name, params, expected) => {
    expect(pockytSign(params, TOKEN)).toBe(expected);
    expect(pockytSignMatches({ ...params, verifySign: expected }, TOKEN)).toBe(true);
    expect(pockytSignMatches({ ...params, verifySign: expected.toUpperCase() }, TOKEN)).toBe(true);
  });

  it("signs what was received through a form body: `+`, `{status}` and JSON survive URL-encoding", () => {
    const params = {
      ...MERCHANT,
      description: "test+description",
      callbackUrl: "http://x/cb?status={status}&n=1",
      goodsInfo: '[{"goods_name":"a b"}]',
    };
    const received = readPockytParams(formBody(params));
    expect(received).toEqual(params);
    expect(pockytSign(received ?? {}, TOKEN)).toBe(pockytSign(params, TOKEN));
  });

  it("reads a JSON goodsInfo array as the compact string the docs' signature covers", () => {
    const received = readPockytParams(
      JSON.stringify({ goodsInfo: [{ goods_name: "name1", quantity: "quantity1" }], amount: "13" }, null, 2),
    );
    expect(received).toEqual({ goodsInfo: '[{"goods_name":"name1","quantity":"quantity1"}]', amount: "13" });
  });
});

describe("verifySign rules", () => {
  const ipn = {
    amount: "0.01",
    currency: "USD",
    reference: "test1666247277861",
    settleCurrency: "USD",
    status: "success",
    time: "20221020142817",
    transactionNo: "305680500880311923",
  };

  it("leaves verifySign itself and empty values out (the Go SDK sends empty fields it did not sign)", () => {
    expect(pockytSign({ ...ipn, verifySign: "anything", note: "", vendorId: undefined }, TOKEN)).toBe(
      "435d01c5d5fa88cfe8168fbfbf732519",
    );
  });

  it("also accepts the PHP SDK's variant, which signs an empty value it was given", () => {
    const phpStyle = pockytSign({ ...ipn, note: "" }, TOKEN, { keepEmpty: true });
    expect(phpStyle).not.toBe("435d01c5d5fa88cfe8168fbfbf732519");
    expect(pockytSignMatches({ ...ipn, note: "", verifySign: phpStyle }, TOKEN)).toBe(true);
  });

  it("rejects a changed value, a wrong token and a missing signature", () => {
    expect(pockytSignMatches({ ...ipn, amount: "0.02", verifySign: "435d01c5d5fa88cfe8168fbfbf732519" }, TOKEN)).toBe(
      false,
    );
    expect(pockytSignMatches({ ...ipn, verifySign: "435d01c5d5fa88cfe8168fbfbf732519" }, "another-token")).toBe(false);
    expect(pockytSignMatches(ipn, TOKEN)).toBe(false);
  });

  it("sorts keys by code unit, upper case first (PHP ksort SORT_STRING, Java TreeMap)", () => {
    expect(pockytSignBase({ b: "1", B: "2", a: "3" }, TOKEN)).toBe("B=2&a=3&b=1&186abea4b8610d7ff03768255588597a");
  });

  it("hashes the token trimmed, as the Java SDK does", () => {
    expect(pockytSign(ipn, ` ${TOKEN} `)).toBe("435d01c5d5fa88cfe8168fbfbf732519");
  });
});
