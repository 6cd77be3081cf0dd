// The AMS HTTP surface as a fastify plugin: RSA256 request verification, JSON bodies read as raw text, simulated
// latency, X-Sandbox-Time back-fill, and every answer HTTP 200 with lower-case client-id / response-time / signature.
import type { KeyObject } from "node:crypto";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { callTime, type CallTime, type CallTiming, header, simulateLatency } from "../call-timing.ts";
import { sendHtml } from "../html-page.ts";
import { rawTextBodies } from "../http-server.ts";
import type { CallKind } from "../timing.ts";
import { cancel, capture, inquiryPayment, inquiryRefund, refund } from "./children.ts";
import { result } from "./codes.ts";
import type { ReportFaultSwitch } from "../report-lines.ts";
import type { AntomEngine } from "./engine.ts";
import { settlementDetails } from "./report.ts";
import { antomSignature, signedText, verifyAntomSignature } from "./keys.ts";
import { challengePage, notFoundPage, resultPage } from "./pages.ts";
import { antomTime, errorBody } from "./responses.ts";
import type { AntomDisputes } from "./disputes.ts";
import { parseCapture, parseDisputeAnswer, parseLookup, parsePay, parseRefund } from "./validate.ts";

type Json = Record<string, unknown>;

export interface RouteDeps extends CallTiming {
  engine: AntomEngine;
  disputes: AntomDisputes;
  reportFaults: ReportFaultSwitch;
  /** Merchant public keys by client id. */
  merchantKeys: ReadonlyMap<string, KeyObject>;
  antomKey: KeyObject;
}

interface Call extends CallTime {
  clientId: string;
  body: Json;
}

const PREFIXES = ["/ams/api/v1/payments", "/ams/sandbox/api/v1/payments"];

/**
 * Python's SDK sends the request target in absolute form (docs/providers/clients.md): keep only path and query, which
 * it signed.
 */
export function originForm(target: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*(.*)$/i.exec(target);
  if (!match) return target;
  const rest = match[1] ?? "";
  return rest.startsWith("/") ? rest : `/${rest}`;
}

export const antomRoutes: FastifyPluginAsync<RouteDeps> = async (app, deps) => {
  const { engine, disputes, merchantKeys, antomKey } = deps;
  const { store } = engine.deps;

  // Bodies stay raw text: the signature covers the exact bytes, pretty-printed or compact.
  rawTextBodies(app);

  /**
   * Every AMS answer: HTTP 200, signed with Antom's key over the request path and the exact body sent. Antom leaves the
   * signature off an INVALID_SIGNATURE answer (D-SIG), but the Python SDK raises without the three headers: sign all.
   */
  function send(reply: FastifyReply, path: string, clientId: string, body: Json) {
    const text = JSON.stringify(body);
    const responseTime = antomTime(new Date());
    return reply
      .code(200)
      .header("content-type", "application/json; charset=UTF-8")
      .header("client-id", clientId)
      .header("response-time", responseTime)
      .header("signature", antomSignature(signedText(path, clientId, responseTime, text), antomKey))
      .send(text);
  }

  function api(kind: CallKind, handle: (call: Call) => Json) {
    return async (request: FastifyRequest, reply: FastifyReply) => {
      const path = request.url;
      const clientId = header(request, "client-id") ?? "";
      const key = merchantKeys.get(clientId);
      if (!key) return send(reply, path, clientId, errorBody(result("CLIENT_INVALID")));
      const raw = typeof request.body === "string" ? request.body : "";
      const requestTime = header(request, "request-time");
      // Any request-time format is accepted (epoch ms, ISO 8601 with or without a colon): it is only signed text.
      const signed =
        requestTime !== undefined &&
        verifyAntomSignature(signedText(path, clientId, requestTime, raw), header(request, "signature"), key);
      if (!signed) return send(reply, path, clientId, errorBody(result("INVALID_SIGNATURE")));
      let body: Json | null = null;
      try {
        const parsed: unknown = JSON.parse(raw);
        body = parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Json) : null;
      } catch {
        body = null;
      }
      if (!body)
        return send(
          reply,
          path,
          clientId,
          errorBody(result("PARAM_ILLEGAL", "F", "The request body is not a JSON object.")),
        );
      const time = callTime(request, deps);
      if (!time)
        return send(
          reply,
          path,
          clientId,
          errorBody(result("PARAM_ILLEGAL", "F", "X-Sandbox-Time is not an ISO-8601 date.")),
        );
      const answer = handle({ clientId, ...time, body });
      await simulateLatency(deps, kind, time.backdated);
      return send(reply, path, clientId, answer);
    };
  }

  const routes: Record<string, [CallKind, (call: Call) => Json]> = {
    pay: [
      "authorise",
      ({ clientId, at, backdated, body }) => {
        const parsed = parsePay(body);
        return parsed.ok ? engine.pay(clientId, parsed.value, at, backdated) : errorBody(parsed.error);
      },
    ],
    capture: [
      "child",
      ({ clientId, at, body }) => {
        const parsed = parseCapture(body);
        return parsed.ok ? capture(engine, clientId, parsed.value, at) : errorBody(parsed.error);
      },
    ],
    cancel: [
      "child",
      ({ clientId, at, body }) => {
        const parsed = parseLookup(body, "paymentId", "paymentRequestId");
        return parsed.ok ? cancel(engine, clientId, parsed.value, at) : errorBody(parsed.error);
      },
    ],
    refund: [
      "child",
      ({ clientId, at, body }) => {
        const parsed = parseRefund(body);
        return parsed.ok ? refund(engine, clientId, parsed.value, at) : errorBody(parsed.error);
      },
    ],
    inquiryPayment: [
      "query",
      ({ clientId, body }) => {
        const parsed = parseLookup(body, "paymentId", "paymentRequestId");
        return parsed.ok ? inquiryPayment(engine, clientId, parsed.value) : errorBody(parsed.error);
      },
    ],
    acceptDispute: [
      "child",
      ({ clientId, at, body }) => {
        const parsed = parseDisputeAnswer(body, false);
        return parsed.ok ? disputes.accept(clientId, parsed.value.disputeId, at) : errorBody(parsed.error);
      },
    ],
    supplyDefenseDocument: [
      "child",
      ({ clientId, at, body }) => {
        const parsed = parseDisputeAnswer(body, true);
        return parsed.ok
          ? disputes.supply(clientId, parsed.value.disputeId, parsed.value.evidenceBytes ?? 0, at)
          : errorBody(parsed.error);
      },
    ],
    inquiryRefund: [
      "query",
      ({ clientId, body }) => {
        const parsed = parseLookup(body, "refundId", "refundRequestId");
        return parsed.ok ? inquiryRefund(engine, clientId, parsed.value) : errorBody(parsed.error);
      },
    ],
  };
  for (const prefix of PREFIXES) {
    for (const [op, [kind, handle]] of Object.entries(routes)) app.post(`${prefix}/${op}`, api(kind, handle));
  }

  for (const prefix of ["/ams/api/v1/reports", "/ams/sandbox/api/v1/reports"]) {
    app.post(
      `${prefix}/settlementDetails`,
      api("query", ({ clientId, body }) =>
        settlementDetails(store, disputes, clientId, body, deps.reportFaults.current(), new Date()),
      ),
    );
  }

  app.get("/ams/sandbox/challenge/:paymentId", async (request, reply) => {
    const payment = store.payment((request.params as { paymentId: string }).paymentId);
    return sendHtml(reply, payment ? 200 : 404, payment ? challengePage(payment) : notFoundPage());
  });

  app.post("/ams/sandbox/challenge/:paymentId", async (request, reply) => {
    const paymentId = (request.params as { paymentId: string }).paymentId;
    const raw = typeof request.body === "string" ? request.body : "";
    const passed = new URLSearchParams(raw).get("result") !== "fail";
    const outcome = engine.completeChallenge(paymentId, passed, null);
    const payment = store.payment(paymentId);
    if (!outcome.ok || !payment)
      return sendHtml(reply, outcome.ok ? 404 : 409, payment ? challengePage(payment) : notFoundPage());
    if (payment.redirectUrl) return reply.redirect(payment.redirectUrl, 302);
    return sendHtml(reply, 200, resultPage(payment));
  });

  // Unknown APIs and other methods answer as the gateway does: HTTP 200 and a signed F result.
  app.setNotFoundHandler(async (request, reply) => {
    const code = request.method === "POST" ? "NO_INTERFACE_DEF" : "METHOD_NOT_SUPPORTED";
    return send(reply, request.url, header(request, "client-id") ?? "", errorBody(result(code)));
  });
};
