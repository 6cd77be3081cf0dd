import { request as httpRequest } from "node:http";
import { containsPan } from "@paylens/domain/card";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN_CATALOGUE, cardNumber } from "../cards.ts";
import { createRng } from "../random.ts";
import { field, str } from "../test-support.ts";
import { REASON_CODES } from "./codes.ts";
import type { AntomSandbox } from "./index.ts";
import { antomSignature, signedText } from "./keys.ts";
import { CLIENT_ID, keys, PAY, payBody, send, signedByAntom, startTestSandbox } from "./test-support.ts";

const INQUIRY = "/ams/sandbox/api/v1/payments/inquiryPayment";

describe("Antom sandbox: requests and card payments", () => {
  let sandbox: AntomSandbox;

  beforeAll(async () => {
    sandbox = await startTestSandbox({ allowTimeTravel: true });
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it("refuses a request whose signature does not verify with INVALID_SIGNATURE, and does nothing", async () => {
    const before = sandbox.stats().payments;
    const body = payBody("4054695723100768");
    const tampered = await send(sandbox.url, PAY, body, {
      signText: signedText(
        PAY,
        CLIENT_ID,
        "1",
        JSON.stringify({ ...body, paymentAmount: { currency: "USD", value: "1" } }),
      ),
    });
    expect(tampered.status).toBe(200);
    expect(tampered.json).toEqual({
      result: { resultCode: "INVALID_SIGNATURE", resultStatus: "F", resultMessage: "The signature is invalid." },
    });
    const otherPath = await send(sandbox.url, PAY, body, {
      signText: signedText("/ams/api/v1/payments/pay", CLIENT_ID, "1", JSON.stringify(body)),
      requestTime: "1",
    });
    expect(field(otherPath.json, "result", "resultCode")).toBe("INVALID_SIGNATURE");
    const unknownClient = await send(sandbox.url, PAY, body, { extraHeaders: { "client-id": "SANDBOX_NOBODY" } });
    expect(field(unknownClient.json, "result", "resultCode")).toBe("CLIENT_INVALID");
    expect(sandbox.stats().payments).toBe(before);
    expect(signedByAntom(tampered)).toBe(true);
  });

  it("approves a documented success card with signed, lower-case response headers and no card number", async () => {
    const reply = await send(sandbox.url, PAY, payBody("4054695723100768"));
    expect(reply.status).toBe(200);
    expect(signedByAntom(reply)).toBe(true);
    expect(reply.headers.get("client-id")).toBe(CLIENT_ID);
    expect(reply.headers.get("response-time")).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
    expect(reply.headers.get("signature")).toMatch(/^algorithm=RSA256,keyVersion=1,signature=[A-Za-z0-9%]+$/);
    expect(reply.json).toMatchObject({
      result: { resultCode: "SUCCESS", resultStatus: "S", resultMessage: "success." },
      paymentAmount: { currency: "USD", value: "2000" },
      paymentResultInfo: {
        cardBrand: "VISA",
        cardBin: "405469",
        lastFour: "0768",
        cardNo: "************0768",
        issuingCountry: "US",
        cvvResultRaw: "Y",
        avsResultRaw: "U",
        funding: "CREDIT",
      },
    });
    expect(str(reply.json, "paymentId")).toMatch(/^\d{8}1940108001\d{17}$/);
    expect(str(reply.json, "paymentResultInfo", "networkTransactionId")).toMatch(/^\d{15}$/);
    expect(field(reply.json, "authExpiryTime")).toBeUndefined();
    expect(containsPan(reply.text)).toBe(false);
  });

  it("declines the documented failure card with the issuer's details", async () => {
    const reply = await send(sandbox.url, PAY, payBody("5162770472561357"));
    expect(reply.json).toMatchObject({
      result: { resultCode: "DO_NOT_HONOR", resultStatus: "F" },
      paymentResultInfo: {
        cardBrand: "MASTERCARD",
        issuingCountry: "US",
        refusalCodeRaw: "05",
        refusalReasonRaw: "Do not honor",
        cvvResultRaw: "Y",
      },
    });
    expect(typeof field(reply.json, "paymentId")).toBe("string");
    expect(typeof field(reply.json, "paymentResultInfo", "networkTransactionId")).toBe("string");
    expect(field(reply.json, "paymentTime")).toBeUndefined();
  });

  it.each([
    [
      "amount 11 (risk control)",
      payBody("4054695723100768", { paymentAmount: { currency: "USD", value: "11" } }),
      "RISK_REJECT",
    ],
    ["expiry month 13", payBody("4054695723100768", {}, { expiryMonth: "13" }), "INVALID_EXPIRATION_DATE"],
    ["a 2-digit CVV", payBody("4054695723100768", {}, { cvv: "99" }), "INVALID_CVV"],
    ["a number failing Luhn", payBody("4054695723100769"), "INVALID_CARD_NUMBER"],
    ["an expired card", payBody(cardNumber("403116", createRng(1)), {}, { expiryYear: "20" }), "CARD_EXPIRED"],
  ])("fails %s with its code", async (_what, body, code) => {
    const reply = await send(sandbox.url, PAY, body);
    expect(field(reply.json, "result")).toMatchObject({ resultCode: code, resultStatus: "F" });
  });

  it("answers bad parameters with PARAM_ILLEGAL naming the field, creating nothing", async () => {
    const before = sandbox.stats().payments;
    const reply = await send(
      sandbox.url,
      PAY,
      payBody("4054695723100768", { paymentAmount: { currency: "USD", value: "12.50" } }),
    );
    expect(reply.json).toEqual({
      result: {
        resultCode: "PARAM_ILLEGAL",
        resultStatus: "F",
        resultMessage: "paymentAmount.value must be a positive integer of minor units",
      },
    });
    expect(
      field(
        (await send(sandbox.url, PAY, { ...payBody("4054695723100768"), productCode: "IN_STORE_PAYMENT" })).json,
        "result",
        "resultCode",
      ),
    ).toBe("PARAM_ILLEGAL");
    expect(sandbox.stats().payments).toBe(before);
  });

  it("lets the shared issuer model decline ordinary cards in Antom's card vocabulary", async () => {
    const rng = createRng(7);
    const codes = new Set<string>();
    for (let i = 0; i < 150; i++) {
      const entry = BIN_CATALOGUE[i % BIN_CATALOGUE.length];
      if (!entry) continue;
      const reply = await send(sandbox.url, PAY, payBody(cardNumber(entry, rng)));
      codes.add(str(reply.json, "result", "resultCode"));
      if (field(reply.json, "result", "resultStatus") === "F")
        expect(field(reply.json, "paymentResultInfo", "refusalCodeRaw")).toMatch(/^\w\w$/);
    }
    expect(codes.has("SUCCESS")).toBe(true);
    expect([...codes].some((code) => code !== "SUCCESS")).toBe(true);
    for (const code of codes) expect(["SUCCESS", ...Object.values(REASON_CODES)]).toContain(code);
  });

  it("replays the same paymentRequestId with the same answer and refuses a changed amount", async () => {
    const body = payBody("4054695723100768");
    const first = await send(sandbox.url, PAY, body);
    const again = await send(sandbox.url, PAY, body);
    expect(again.text).toBe(first.text);
    const changed = await send(sandbox.url, PAY, { ...body, paymentAmount: { currency: "USD", value: "2001" } });
    expect(changed.json).toEqual({
      result: {
        resultCode: "REPEAT_REQ_INCONSISTENT",
        resultStatus: "F",
        resultMessage: "Repeated requests are inconsistent.",
      },
    });
    const inquiry = await send(sandbox.url, INQUIRY, { paymentRequestId: body.paymentRequestId });
    expect(inquiry.json).toMatchObject({
      result: { resultStatus: "S" },
      paymentStatus: "SUCCESS",
      paymentId: str(first.json, "paymentId"),
      paymentAmount: { value: "2000" },
    });
  });

  it("accepts the Python SDK's absolute-form target, pretty-printed body and ISO request-time", async () => {
    const path = "/ams/api/v1/payments/pay";
    const text = JSON.stringify(payBody("4054695723100768"), null, 3);
    const requestTime = "2026-11-23T06:20:07+00:00";
    const target = new URL(sandbox.url);
    const answer = await new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
      (resolve, reject) => {
        const req = httpRequest(
          {
            host: target.hostname,
            port: target.port,
            method: "POST",
            path: `https://open-sea-global.alipay.com${path}`,
            headers: {
              "Content-Type": "application/json; charset=UTF-8",
              "client-id": CLIENT_ID,
              "Request-Time": requestTime,
              Signature: antomSignature(signedText(path, CLIENT_ID, requestTime, text), keys.merchant.privateKeyPem),
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (chunk: Buffer) => chunks.push(chunk));
            res.on("end", () =>
              resolve({
                status: res.statusCode ?? 0,
                headers: res.headers,
                body: Buffer.concat(chunks).toString("utf8"),
              }),
            );
          },
        );
        req.on("error", reject);
        req.end(text);
      },
    );
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ result: { resultCode: "SUCCESS", resultStatus: "S" } });
    expect(
      signedByAntom({
        status: 200,
        text: answer.body,
        json: {},
        headers: new Headers(answer.headers as Record<string, string>),
        path,
      }),
    ).toBe(true);
  });

  it("accepts the PHP SDK's request-time and both path prefixes", async () => {
    const php = await send(sandbox.url, "/ams/api/v1/payments/pay", payBody("4054695723100768"), {
      requestTime: "2026-11-23T06:21:41+0000",
    });
    expect(field(php.json, "result", "resultCode")).toBe("SUCCESS");
    expect(signedByAntom(php)).toBe(true);
  });

  it("dates a payment in the past with X-Sandbox-Time", async () => {
    const reply = await send(sandbox.url, PAY, payBody("4054695723100768"), {
      extraHeaders: { "X-Sandbox-Time": "2026-01-15T10:00:00.000Z" },
    });
    expect(reply.json).toMatchObject({
      paymentCreateTime: "2026-01-15T18:00:00+08:00",
      paymentTime: "2026-01-15T18:00:00+08:00",
    });
    expect(str(reply.json, "paymentId").startsWith("20260115")).toBe(true);
  });

  it("answers unknown orders, unknown APIs and other methods with signed F results", async () => {
    expect((await send(sandbox.url, INQUIRY, { paymentId: "nope" })).json).toEqual({
      result: { resultCode: "ORDER_NOT_EXIST", resultStatus: "F", resultMessage: "order not exist" },
    });
    const unknownApi = await send(sandbox.url, "/ams/api/v1/payments/consult", {});
    expect(field(unknownApi.json, "result", "resultCode")).toBe("NO_INTERFACE_DEF");
    expect(signedByAntom(unknownApi)).toBe(true);
    const get = await fetch(`${sandbox.url}${PAY}`);
    expect(((await get.json()) as { result: { resultCode: string } }).result.resultCode).toBe("METHOD_NOT_SUPPORTED");
  });
});
