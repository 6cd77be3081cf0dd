// Pockyt's HTTP surface as a fastify plugin: form or JSON bodies, merchantNo/storeNo + verifySign in the body,
// ret_code envelopes, simulated latency, X-Sandbox-Time back-fill, and the shopper's cashier page.
import formbody from "@fastify/formbody";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { paramText } from "@paylens/providers/pockyt/params";
import { pockytSignMatches } from "@paylens/providers/pockyt/sign";
import { callTime, type CallTime, type CallTiming, header, simulateLatency } from "../call-timing.ts";
import { sendHtml } from "../html-page.ts";
import type { CallKind } from "../timing.ts";
import { cashierPath, merchantKey, type PockytEngine } from "./engine.ts";
import { callbackTarget, cashierPage, notFoundPage } from "./pages.ts";
import {
  failure,
  renderCancel,
  renderPaymentQuery,
  renderQrcode,
  renderRefund,
  renderRefundQuery,
  renderSecurePay,
  renderTransactionObject,
  RET_MSG,
  success,
} from "./responses.ts";
import type { ReportFaultSwitch } from "../report-lines.ts";
import { linesInRange, pockytLines, renderSettleList, renderTransList } from "./report.ts";
import type { Merchant } from "./store.ts";
import {
  addRequest,
  payRequest,
  qrcodeRequest,
  refundRequest,
  securePayRequest,
  targetOf,
  type Checked,
  type Params,
  type PockytError,
} from "./validate.ts";

export interface RouteDeps extends CallTiming {
  engine: PockytEngine;
  reportFaults: ReportFaultSwitch;
  merchants: ReadonlyMap<string, Merchant>;
  baseUrl: () => string;
}

interface Call extends CallTime {
  merchant: Merchant;
  params: Params;
}

type Answer = { status: number; body: Record<string, unknown> };

// The docs label their error example httpCode=400; clients read ret_code either way.
const refused = (error: PockytError): Answer => ({ status: 400, body: failure(error) });
const answer = <T>(checked: Checked<T>, render: (value: T) => Record<string, unknown>): Answer =>
  checked.ok ? { status: 200, body: render(checked.value) } : refused(checked.error);

/** Form fields arrive as strings (the first of repeated keys); JSON values as the string the sender signed. */
function paramsOf(body: unknown, form: boolean): Params | null {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return null;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) {
    const text = form && Array.isArray(value) ? paramText(value[0]) : paramText(value);
    if (text !== null) out[key] = text;
  }
  return out;
}

export const pockytRoutes: FastifyPluginAsync<RouteDeps> = async (app, deps) => {
  const { engine, merchants } = deps;
  await app.register(formbody);

  // Unreadable bodies and unsupported content types get Pockyt's envelope, not fastify's.
  app.setErrorHandler(async (error: { statusCode?: number; message?: string }, _request, reply) => {
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    const retCode = status < 500 ? "000020" : "000000";
    return reply
      .code(status === 500 ? 500 : 400)
      .send(failure({ retCode, retMsg: `data error : ${error.message ?? "unreadable body"}` }));
  });

  /** Wraps an endpoint: merchant, verifySign, sandbox time, the handler, then the simulated latency. */
  function api(kind: CallKind, handle: (call: Call) => Answer) {
    return async (request: FastifyRequest, reply: FastifyReply) => {
      const form = (header(request, "content-type") ?? "").includes("application/x-www-form-urlencoded");
      const params = paramsOf(request.body, form);
      const send = (result: Answer) =>
        reply.code(result.status).type("application/json; charset=utf-8").send(JSON.stringify(result.body));
      if (!params) return send(refused({ retCode: "000020", retMsg: "data error : the body has no parameters" }));
      const merchantNo = params.merchantNo?.trim();
      const storeNo = params.storeNo?.trim();
      if (!merchantNo || !storeNo)
        return send(
          refused({
            retCode: "000020",
            retMsg: `data error : ${merchantNo ? "storeNo" : "merchantNo"} cannot be null`,
          }),
        );
      const merchant = merchants.get(merchantKey(merchantNo, storeNo));
      if (!merchant) return send(refused({ retCode: "000030", retMsg: "No Rights: unknown merchantNo or storeNo" }));
      // The docs' own example of a bad signature; nothing is done.
      if (!pockytSignMatches(params, merchant.apiToken))
        return send(refused({ retCode: "000000", retMsg: "data error : verifySign" }));
      const time = callTime(request, deps);
      if (!time)
        return send(refused({ retCode: "000023", retMsg: "data error : X-Sandbox-Time is not an ISO-8601 date" }));
      const result = handle({ merchant, params, ...time });
      await simulateLatency(deps, kind, time.backdated);
      return send(result);
    };
  }

  app.post(
    "/online/v3/secure-pay",
    api("authorise", ({ merchant, params, at, backdated }) => {
      const req = securePayRequest(params);
      if (!req.ok) return refused(req.error);
      return answer(engine.securePay(merchant, req.value, at, backdated), (payment) =>
        success(RET_MSG.securePay, renderSecurePay(payment, `${deps.baseUrl()}${cashierPath(payment.transactionNo)}`)),
      );
    }),
  );

  app.post(
    "/app-instore/v3/add",
    api("authorise", ({ merchant, params, at, backdated }) => {
      const req = addRequest(params);
      if (!req.ok) return refused(req.error);
      return answer(engine.add(merchant, req.value, at, backdated), (payment) =>
        success(RET_MSG.add, renderTransactionObject(payment)),
      );
    }),
  );

  app.post(
    "/app-instore/v3/pay",
    api("authorise", ({ merchant, params, at }) => {
      const req = payRequest(params);
      if (!req.ok) return refused(req.error);
      return answer(engine.pay(merchant, req.value, at), (payment) =>
        success(RET_MSG.add, renderTransactionObject(payment)),
      );
    }),
  );

  app.post(
    "/app-instore/v3/create-trans-qrcode",
    api("authorise", ({ merchant, params, at, backdated }) => {
      const req = qrcodeRequest(params);
      if (!req.ok) return refused(req.error);
      return answer(engine.qrcode(merchant, req.value, at, backdated), (payment) =>
        success(RET_MSG.add, renderQrcode(payment, `${deps.baseUrl()}${cashierPath(payment.transactionNo)}`)),
      );
    }),
  );

  app.post(
    "/app-data-search/v3/tran-query",
    api("query", ({ merchant, params }) => {
      const target = targetOf(params);
      if (!target.ok) return refused(target.error);
      return answer(engine.query(merchant, target.value), (found) =>
        success(
          RET_MSG.query,
          found.kind === "refund"
            ? renderRefundQuery(found.refund, found.payment)
            : renderPaymentQuery(found.payment, engine.deps.store.refundsOf(found.payment)),
        ),
      );
    }),
  );

  app.post(
    "/app-data-search/v3/refund",
    api("child", ({ merchant, params, at }) => {
      const req = refundRequest(params);
      if (!req.ok) return refused(req.error);
      return answer(engine.refund(merchant, req.value, at), ({ refund, payment }) =>
        success(RET_MSG.refund, renderRefund(refund, payment)),
      );
    }),
  );

  app.post(
    "/app-data-search/v3/cancel",
    api("child", ({ merchant, params, at }) => {
      const target = targetOf(params);
      if (!target.ok) return refused(target.error);
      return answer(engine.cancel(merchant, target.value, at), ({ payment, refund }) =>
        success(RET_MSG.cancel, renderCancel(payment, refund)),
      );
    }),
  );

  app.post(
    "/app-data-search/v3/trans-list",
    api("query", ({ merchant, params }) => {
      const found = linesInRange(
        pockytLines(engine.deps.store, merchant, deps.reportFaults.current(), new Date()),
        params,
        (l) => l.occurredAt,
      );
      return found.ok ? { status: 200, body: renderTransList(found.lines) } : refused(found.error);
    }),
  );

  app.post(
    "/app-data-search/v3/settle-list",
    api("query", ({ merchant, params }) => {
      const found = linesInRange(
        pockytLines(engine.deps.store, merchant, deps.reportFaults.current(), new Date()),
        params,
        (l) => l.occurredAt,
      );
      return found.ok
        ? { status: 200, body: renderSettleList(found.lines.filter((l) => l.settledAt !== null)) }
        : refused(found.error);
    }),
  );

  const cashier = cashierPath(":transactionNo");
  app.get(cashier, async (request, reply) => {
    const payment = engine.deps.store.anyPayment((request.params as { transactionNo: string }).transactionNo);
    return sendHtml(reply, payment ? 200 : 404, payment ? cashierPage(payment) : notFoundPage());
  });

  // The shopper's choice on the cashier page; then back to the merchant's callbackUrl, as Pockyt redirects.
  app.post(cashier, async (request, reply) => {
    const transactionNo = (request.params as { transactionNo: string }).transactionNo;
    const fields = paramsOf(request.body, true) ?? {};
    const action = fields.action ?? "pay";
    if (action === "card") {
      const [month, year] = (fields.expiry ?? "").split("/").map((part) => Number(part.trim()));
      const number = (fields.cardNumber ?? "").replace(/\D/g, "");
      engine.payWithCard(transactionNo, number, month || null, year ? (year < 100 ? 2000 + year : year) : null);
    } else if (action === "pay" || action === "fail") {
      engine.shopperPays(transactionNo, action === "pay" ? "paid" : "failed");
    }
    const payment = engine.deps.store.anyPayment(transactionNo);
    if (!payment) return sendHtml(reply, 404, notFoundPage());
    const target = callbackTarget(payment);
    return target ? reply.redirect(target, 302) : sendHtml(reply, 200, cashierPage(payment));
  });

  app.setNotFoundHandler(async (request, reply) => {
    // Older API versions (v2 secure-pay, reverse, …) are answered the way a retired version would be.
    const retired = /\/v[0-2]\//.test(request.url);
    return reply
      .code(404)
      .send(
        failure(
          retired
            ? { retCode: "000010", retMsg: "API Version Error" }
            : { retCode: "000000", retMsg: `no such endpoint: ${request.method} ${request.url}` },
        ),
      );
  });
};
