import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeAll, field, type Received, str } from "../test-support.ts";
import type { AntomSandbox } from "./index.ts";
import { notificationVerifies, PAY, payBody, send, startReceiver, startTestSandbox } from "./test-support.ts";

const API = "/ams/sandbox/api/v1/payments";
const code = (body: unknown) => field(body, "result", "resultCode");
const usd = (value: string) => ({ currency: "USD", value });
let sequence = 0;
const requestId = (kind: string) => `${kind}-${++sequence}`;

describe("Antom sandbox: capture, cancel, refund", () => {
  let sandbox: AntomSandbox;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const authorize = async (value = "2000") => {
    const reply = await send(
      sandbox.url,
      PAY,
      payBody("4054695723100768", {
        paymentAmount: usd(value),
        paymentFactor: { isAuthorization: true, captureMode: "MANUAL" },
        paymentNotifyUrl: receiver.url,
      }),
    );
    expect(code(reply.json)).toBe("SUCCESS");
    return str(reply.json, "paymentId");
  };

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    receiver = await startReceiver();
  });
  afterAll(() => closeAll(sandbox, receiver));

  it("captures a manual authorization once, notifies it, and answers a replay the same way", async () => {
    const paymentId = await authorize();
    const body = { captureRequestId: requestId("cap"), paymentId, captureAmount: usd("1500"), isLastCapture: true };
    const captured = await send(sandbox.url, `${API}/capture`, body);
    expect(captured.json).toMatchObject({
      result: { resultCode: "SUCCESS", resultStatus: "S" },
      paymentId,
      captureAmount: usd("1500"),
      captureRequestId: body.captureRequestId,
    });
    const captureId = str(captured.json, "captureId");
    expect((await send(sandbox.url, `${API}/capture`, body)).text).toBe(captured.text);
    expect(code((await send(sandbox.url, `${API}/capture`, { ...body, captureAmount: usd("1400") })).json)).toBe(
      "REPEAT_REQ_INCONSISTENT",
    );
    expect(
      code((await send(sandbox.url, `${API}/capture`, { ...body, captureRequestId: requestId("cap") })).json),
    ).toBe("MULTI_CAPTURE_NOT_SUPPORTED");

    const [hook] = await receiver.waitFor(1, (r: Received) => r.body.includes(captureId));
    expect(hook && notificationVerifies(hook)).toBe(true);
    expect(hook && JSON.parse(hook.body)).toMatchObject({
      notifyType: "CAPTURE_RESULT",
      result: { resultStatus: "S" },
      paymentId,
      captureId,
      captureAmount: usd("1500"),
    });
    const inquiry = await send(sandbox.url, `${API}/inquiryPayment`, { paymentId });
    expect(inquiry.json).toMatchObject({
      paymentStatus: "SUCCESS",
      transactions: [
        {
          transactionType: "CAPTURE",
          transactionStatus: "SUCCESS",
          transactionId: captureId,
          transactionAmount: usd("1500"),
        },
      ],
    });
    expect(typeof field(inquiry.json, "authExpiryTime")).toBe("string");
  });

  it("refuses a capture above the authorized amount, and remembers the refusal", async () => {
    const paymentId = await authorize("1000");
    const body = { captureRequestId: requestId("cap"), paymentId, captureAmount: usd("1001") };
    const before = sandbox.stats().captures;
    const refused = await send(sandbox.url, `${API}/capture`, body);
    expect(refused.json).toEqual({
      result: {
        resultCode: "CAPTURE_AMOUNT_EXCEED_AUTH_LIMIT",
        resultStatus: "F",
        resultMessage: "The capture amount exceeds the authorized amount.",
      },
    });
    expect((await send(sandbox.url, `${API}/capture`, body)).text).toBe(refused.text);
    expect(sandbox.stats().captures).toBe(before);
    expect(
      code(
        (
          await send(sandbox.url, `${API}/capture`, {
            ...body,
            captureRequestId: requestId("cap"),
            captureAmount: { currency: "EUR", value: "10" },
          })
        ).json,
      ),
    ).toBe("PARAM_ILLEGAL");
  });

  it("does not capture an automatic-capture payment or an unknown one", async () => {
    const paid = await send(sandbox.url, PAY, payBody("4054695723100768"));
    const paymentId = str(paid.json, "paymentId");
    expect(
      code(
        (
          await send(sandbox.url, `${API}/capture`, {
            captureRequestId: requestId("cap"),
            paymentId,
            captureAmount: usd("100"),
          })
        ).json,
      ),
    ).toBe("ORDER_STATUS_INVALID");
    expect(
      code(
        (
          await send(sandbox.url, `${API}/capture`, {
            captureRequestId: requestId("cap"),
            paymentId: "nope",
            captureAmount: usd("100"),
          })
        ).json,
      ),
    ).toBe("ORDER_NOT_EXIST");
  });

  it("refunds in parts up to the captured amount, notifying each refund without a paymentId", async () => {
    const paid = await send(sandbox.url, PAY, payBody("4054695723100768", { paymentNotifyUrl: receiver.url }));
    const paymentId = str(paid.json, "paymentId");
    const refund = (value: string, id = requestId("rf")) =>
      send(sandbox.url, `${API}/refund`, {
        refundRequestId: id,
        paymentId,
        refundAmount: usd(value),
        refundReason: "Customer request",
      });
    const first = await refund("1200");
    expect(first.json).toMatchObject({
      result: { resultCode: "SUCCESS", resultStatus: "S" },
      paymentId,
      refundAmount: usd("1200"),
    });
    const second = await refund("800");
    expect(code(second.json)).toBe("SUCCESS");
    expect(code((await refund("1")).json)).toBe("REFUND_AMOUNT_EXCEED");

    const refundId = str(first.json, "refundId");
    const [hook] = await receiver.waitFor(1, (r: Received) => r.body.includes(refundId));
    const notified = hook ? (JSON.parse(hook.body) as Record<string, unknown>) : {};
    expect(notified).toMatchObject({
      notifyType: "REFUND_RESULT",
      refundStatus: "SUCCESS",
      refundId,
      refundAmount: usd("1200"),
    });
    expect(notified.paymentId).toBeUndefined();
    const inquiry = await send(sandbox.url, `${API}/inquiryRefund`, { refundId });
    expect(inquiry.json).toMatchObject({
      result: { resultStatus: "S" },
      refundStatus: "SUCCESS",
      refundId,
      refundAmount: usd("1200"),
    });
    expect(code((await send(sandbox.url, `${API}/inquiryRefund`, { refundRequestId: "nope" })).json)).toBe(
      "ORDER_NOT_EXIST",
    );
  });

  it("replays a refund by refundRequestId and refuses it with another amount", async () => {
    const paid = await send(sandbox.url, PAY, payBody("4054695723100768"));
    const body = { refundRequestId: requestId("rf"), paymentId: str(paid.json, "paymentId"), refundAmount: usd("500") };
    const first = await send(sandbox.url, `${API}/refund`, body);
    expect((await send(sandbox.url, `${API}/refund`, body)).text).toBe(first.text);
    expect(code((await send(sandbox.url, `${API}/refund`, { ...body, refundAmount: usd("600") })).json)).toBe(
      "REPEAT_REQ_INCONSISTENT",
    );
  });

  it("cancels an open authorization (idempotently) and then allows neither capture nor refund", async () => {
    const paymentId = await authorize();
    const cancelled = await send(sandbox.url, `${API}/cancel`, { paymentId });
    expect(cancelled.json).toMatchObject({ result: { resultCode: "SUCCESS", resultStatus: "S" }, paymentId });
    expect(typeof field(cancelled.json, "cancelTime")).toBe("string");
    expect((await send(sandbox.url, `${API}/cancel`, { paymentId })).text).toBe(cancelled.text);
    expect(
      code(
        (
          await send(sandbox.url, `${API}/capture`, {
            captureRequestId: requestId("cap"),
            paymentId,
            captureAmount: usd("100"),
          })
        ).json,
      ),
    ).toBe("AUTH_CANCELLED");
    expect(
      code(
        (
          await send(sandbox.url, `${API}/refund`, {
            refundRequestId: requestId("rf"),
            paymentId,
            refundAmount: usd("100"),
          })
        ).json,
      ),
    ).toBe("ORDER_IS_CANCELED");
    expect((await send(sandbox.url, `${API}/inquiryPayment`, { paymentId })).json).toMatchObject({
      paymentStatus: "CANCELLED",
      transactions: [{ transactionType: "CANCEL", transactionStatus: "SUCCESS" }],
    });
  });

  it("does not cancel a captured payment: refund it instead", async () => {
    const paid = await send(sandbox.url, PAY, payBody("4054695723100768"));
    const reply = await send(sandbox.url, `${API}/cancel`, { paymentRequestId: str(paid.json, "paymentRequestId") });
    expect(reply.json).toMatchObject({ result: { resultCode: "ORDER_STATUS_INVALID", resultStatus: "F" } });
  });
});
