import { luhnValid } from "@paylens/domain/card";
import { pockytSign } from "@paylens/providers/pockyt/sign";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PockytSandbox } from "./index.ts";
import { checkout, client, MERCHANT, OTHER, result, startTestSandbox, text } from "./test-support.ts";

describe("Pockyt sandbox: requests, signatures and value rules", () => {
  let sandbox: PockytSandbox;
  let api: ReturnType<typeof client>;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    api = client(sandbox.url);
  });
  afterAll(() => sandbox.close());

  it("secure-pay from a form body: 'prepay success ', a cashier URL on the sandbox, the shopper pays later", async () => {
    const request = checkout();
    const reply = await api.post("/online/v3/secure-pay", request);
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ ret_code: "000100", ret_msg: "prepay success " });
    const created = result(reply);
    const transactionNo = text(created, "transactionNo");
    expect(transactionNo).toMatch(/^\d{18}$/);
    // Never Luhn-valid, so card masking leaves it readable in stored payloads.
    expect(luhnValid(transactionNo)).toBe(false);
    expect(created).toEqual({
      transactionNo,
      reference: request.reference,
      amount: "13.00",
      currency: "USD",
      settleCurrency: "USD",
      cashierUrl: `${sandbox.url}/appTransaction/yuansfer-redirect-record/${transactionNo}`,
    });
    const page = await fetch(text(created, "cashierUrl"));
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(await page.text()).toContain("Pockyt cashier");
    const query = await api.post("/app-data-search/v3/tran-query", { transactionNo });
    expect(query.json).toMatchObject({
      ret_code: "000100",
      ret_msg: "query success ",
      result: { transactionNo, status: "init", transactionType: "payment", vendor: "alipay", paymentTime: null },
    });
  });

  it("takes JSON bodies too, with goodsInfo as an array (signed as its compact string)", async () => {
    const json = client(sandbox.url, MERCHANT, { json: true });
    const goods = [{ goods_name: "name1", quantity: "1" }];
    const params = {
      merchantNo: MERCHANT.merchantNo,
      storeNo: MERCHANT.storeNo,
      ...checkout({ goodsInfo: JSON.stringify(goods) }),
    };
    const body = JSON.stringify({ ...params, goodsInfo: goods, verifySign: pockytSign(params, MERCHANT.apiToken) });
    const reply = await json.raw("/online/v3/secure-pay", body, "application/json");
    expect(reply.json).toMatchObject({ ret_code: "000100" });
  });

  it("accepts the docs' signing example exactly as published (docs/providers/pockyt.md §3.4)", async () => {
    const docs = {
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
      verifySign: "b6bfd66531ae7c9499115c7480a2c8aa",
    };
    const reply = await api.raw("/online/v3/secure-pay", JSON.stringify(docs), "application/json");
    expect(reply.json).toMatchObject({
      ret_code: "000100",
      result: { reference: "seq_1525922323", amount: "1.00", settleCurrency: "USD" },
    });
  });

  it("refuses a wrong verifySign with the documented 000000 'data error : verifySign', and does nothing", async () => {
    const before = sandbox.stats().transactions;
    const wrongToken = await api.post("/online/v3/secure-pay", checkout(), () => "0".repeat(32));
    expect(wrongToken).toEqual({ status: 400, json: { ret_code: "000000", ret_msg: "data error : verifySign" } });
    const otherToken = await client(sandbox.url, { ...MERCHANT, apiToken: OTHER.apiToken }).post(
      "/online/v3/secure-pay",
      checkout(),
    );
    expect(otherToken.json.ret_code).toBe("000000");
    expect(sandbox.stats().transactions).toBe(before);
  });

  it("accepts a PHP-style signature that includes an empty value it sent", async () => {
    const reply = await api.post("/online/v3/secure-pay", checkout({ note: "" }), (all) =>
      pockytSign(all, MERCHANT.apiToken, { keepEmpty: true }),
    );
    expect(reply.json.ret_code).toBe("000100");
  });

  it("refuses unknown merchants (000030) and missing parameters (000020)", async () => {
    const stranger = await client(sandbox.url, { merchantNo: "209999", storeNo: "309999", apiToken: "x" }).post(
      "/online/v3/secure-pay",
      checkout(),
    );
    expect(stranger.json).toMatchObject({ ret_code: "000030" });
    const { amount: _amount, ...noAmount } = checkout();
    expect((await api.post("/online/v3/secure-pay", noAmount)).json).toEqual({
      ret_code: "000020",
      ret_msg: "data error : amount cannot be null",
    });
    const { reference: _reference, ...noReference } = checkout();
    expect((await api.post("/online/v3/secure-pay", noReference)).json.ret_code).toBe("000020");
  });

  it.each([
    [{ vendor: "paypal", currency: "CNY" }, "currency CNY is not supported by vendor paypal"],
    [{ vendor: "venmo", currency: "GBP", settleCurrency: "GBP" }, "currency GBP is not supported by vendor venmo"],
    [{ vendor: "creditcard", currency: "CNY" }, "currency CNY is not supported by vendor creditcard"],
    [
      { vendor: "alipay", currency: "GBP", settleCurrency: "USD" },
      "settleCurrency USD is not supported for alipay in GBP",
    ],
    [
      { vendor: "wechatpay", currency: "CNY", settleCurrency: "GBP" },
      "settleCurrency GBP is not supported for wechatpay in CNY",
    ],
    [{ vendor: "truemoney" }, "data error : vendor truemoney is not supported"],
    [{ amount: "1.234" }, "data error : amount 1.234 is not a valid amount in USD"],
    [{ amount: "0.00" }, "data error : amount 0.00 is not a valid amount in USD"],
    [{ terminal: "YIP" }, "terminal YIP is not supported by this sandbox"],
  ])("refuses %j with 000023", async (overrides, retMsg) => {
    expect((await api.post("/online/v3/secure-pay", checkout(overrides))).json).toEqual({
      ret_code: "000023",
      ret_msg: retMsg,
    });
  });

  it.each([
    [{ vendor: "alipay", currency: "GBP", settleCurrency: "GBP" }, "GBP"],
    [{ vendor: "alipay", currency: "CNY", settleCurrency: "GBP" }, "GBP"],
    [{ vendor: "wechatpay", currency: "CNY", settleCurrency: "USD" }, "USD"],
    [{ vendor: "unionpay", currency: "CNY" }, "USD"],
    [{ vendor: "venmo", terminal: "WAP" }, "USD"],
  ])("accepts %j, settling in %s", async (overrides, settle) => {
    const { settleCurrency: _given, ...base } = checkout();
    const reply = await api.post("/online/v3/secure-pay", { ...base, ...overrides });
    expect(reply.json).toMatchObject({ ret_code: "000100", result: { settleCurrency: settle } });
  });

  it("refuses a repeated reference (000022, duplicate), but another store may use it", async () => {
    const request = checkout();
    expect((await api.post("/online/v3/secure-pay", request)).json.ret_code).toBe("000100");
    const again = await api.post("/online/v3/secure-pay", { ...request, amount: "99.00" });
    expect(again.json).toEqual({
      ret_code: "000022",
      ret_msg: `data error : reference ${request.reference} has already been used`,
    });
    expect((await client(sandbox.url, OTHER).post("/online/v3/secure-pay", request)).json.ret_code).toBe("000100");
  });

  it("tran-query wants exactly one of transactionNo / reference, and finds only the merchant's own", async () => {
    const created = result(await api.post("/online/v3/secure-pay", checkout()));
    const both = await api.post("/app-data-search/v3/tran-query", {
      transactionNo: text(created, "transactionNo"),
      reference: text(created, "reference"),
    });
    expect(both.json.ret_code).toBe("000022");
    expect((await api.post("/app-data-search/v3/tran-query", {})).json.ret_code).toBe("000020");
    const byReference = await api.post("/app-data-search/v3/tran-query", { reference: text(created, "reference") });
    expect(byReference.json).toMatchObject({ result: { transactionNo: text(created, "transactionNo") } });
    const foreign = await client(sandbox.url, OTHER).post("/app-data-search/v3/tran-query", {
      transactionNo: text(created, "transactionNo"),
    });
    expect(foreign.json.ret_code).toBe("000021");
  });

  it("answers retired API versions with 000010 and unreadable bodies with its own envelope", async () => {
    expect((await api.post("/online/v2/secure-pay", checkout())).json).toMatchObject({ ret_code: "000010" });
    const broken = await api.raw("/online/v3/secure-pay", "{not json", "application/json");
    expect(broken.status).toBe(400);
    expect(broken.json.ret_code).toBe("000020");
  });
});
