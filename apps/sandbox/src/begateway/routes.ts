// The gateway's HTTP surface as a fastify plugin: Basic auth, v2/v3 by X-API-Version, latency, X-Sandbox-Time back-fill.
import { timingSafeEqual } from "node:crypto";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { callTime, type CallTime, type CallTiming, header, simulateLatency } from "../call-timing.ts";
import type { ThreeDsResult } from "../cards.ts";
import { sendHtml } from "../html-page.ts";
import { rawTextBodies } from "../http-server.ts";
import type { CallKind } from "../timing.ts";
import type { ReportFaultSwitch } from "../report-lines.ts";
import { createChild, type ChildType } from "./children.ts";
import { begatewayReport } from "./report.ts";
import type { BegatewayEngine, EngineResult } from "./engine.ts";
import type { ShopCredentials } from "./notifier.ts";
import { challengePage, notFoundPage, receiptPage, resultPage } from "./pages.ts";
import { renderError, renderList, renderTransaction, type ApiVersion } from "./responses.ts";
import { unwrapRequest, validateCardRequest, validateChildRequest, type ValidationError } from "./validate.ts";

export interface RouteDeps extends CallTiming {
  engine: BegatewayEngine;
  reportFaults: ReportFaultSwitch;
  shops: ReadonlyMap<string, ShopCredentials>;
  baseUrl: () => string;
}

interface Call extends CallTime {
  shopId: string;
  version: ApiVersion;
  body: unknown;
  params: Record<string, string>;
}

type Answer = { status: number; body: unknown };

function versionOf(request: FastifyRequest): ApiVersion {
  return header(request, "x-api-version")?.trim() === "3" ? 3 : 2;
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function shopOf(request: FastifyRequest, shops: ReadonlyMap<string, ShopCredentials>): string | null {
  const match = /^basic\s+(\S+)$/i.exec(header(request, "authorization") ?? "");
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return null;
  const shop = shops.get(decoded.slice(0, colon));
  return shop && sameText(shop.secretKey, decoded.slice(colon + 1)) ? shop.shopId : null;
}

const fail = (status: number, error: ValidationError, version: ApiVersion): Answer => ({
  status,
  body: renderError(error, version),
});

export const begatewayRoutes: FastifyPluginAsync<RouteDeps> = async (app, deps) => {
  const { engine, shops, baseUrl } = deps;
  const { store } = engine.deps;

  // Bodies are read as text so that bad JSON gets the gateway's own error, whatever the Content-Type says.
  rawTextBodies(app);

  const result = (outcome: EngineResult, version: ApiVersion): Answer =>
    outcome.ok
      ? { status: 200, body: renderTransaction(outcome.tx, version, baseUrl()) }
      : fail(outcome.status, outcome.error, version);

  /** Wraps a gateway handler: auth, version, sandbox time, JSON body, then the simulated latency. */
  function gateway(kind: CallKind, handle: (call: Call) => Answer) {
    return async (request: FastifyRequest, reply: FastifyReply) => {
      const version = versionOf(request);
      const shopId = shopOf(request, shops);
      if (!shopId) {
        const body =
          version === 3
            ? { ...renderError({ code: "E.1021", message: "Unauthorized", errors: null }, 3) }
            : { message: "Unauthorized" };
        return reply.code(401).header("WWW-Authenticate", 'Basic realm="Application"').send(body);
      }
      const time = callTime(request, deps);
      if (!time) return reply.code(400).send({ message: "X-Sandbox-Time is not an ISO-8601 date" });
      let body: unknown = null;
      const raw = typeof request.body === "string" ? request.body : "";
      if (request.method === "POST" && raw.trim() !== "") {
        try {
          body = JSON.parse(raw);
        } catch {
          const answer = fail(400, { code: "E.1026", message: "Invalid JSON", errors: null }, version);
          return reply.code(answer.status).send(answer.body);
        }
      }
      const answer = handle({ shopId, version, ...time, body, params: request.params as Record<string, string> });
      await simulateLatency(deps, kind, time.backdated);
      return reply.code(answer.status).send(answer.body);
    };
  }

  for (const type of ["payment", "authorization"] as const) {
    app.post(
      `/transactions/${type}s`,
      gateway("authorise", ({ shopId, version, at, backdated, body }) => {
        const wrapped = unwrapRequest(body);
        if (!wrapped.ok) return fail(422, wrapped.error, version);
        const parsed = validateCardRequest(wrapped.value);
        if (!parsed.ok) return fail(422, parsed.error, version);
        return result(engine.pay(shopId, type, parsed.value, version, at, backdated), version);
      }),
    );
  }

  for (const type of ["capture", "void", "refund"] as const satisfies readonly ChildType[]) {
    app.post(
      `/transactions/${type}s`,
      gateway("child", ({ shopId, version, at, body }) => {
        const wrapped = unwrapRequest(body);
        if (!wrapped.ok) return fail(422, wrapped.error, version);
        const parsed = validateChildRequest(wrapped.value, type === "refund");
        if (!parsed.ok) return fail(422, parsed.error, version);
        return result(createChild(engine, shopId, type, parsed.value, version, at), version);
      }),
    );
  }

  const notFound = (version: ApiVersion): Answer =>
    version === 3
      ? fail(404, { code: "E.1002", message: "Record not found", errors: null }, 3)
      : { status: 404, body: { message: "Record not found" } };

  app.get(
    "/transactions/:uid",
    gateway("query", ({ shopId, version, params }) => {
      const tx = store.get(params.uid ?? "", shopId);
      const parentOf = (uid: string) => store.get(uid, shopId);
      return tx ? { status: 200, body: renderTransaction(tx, version, baseUrl(), parentOf) } : notFound(version);
    }),
  );

  const byTracking = gateway("query", ({ shopId, version, params }) => ({
    status: 200,
    body: renderList(store.findByTrackingId(shopId, params.id ?? ""), version, baseUrl()),
  }));
  app.get("/v2/transactions/tracking_id/:id", byTracking);
  app.get("/transactions/tracking_id/:id", byTracking);

  app.post(
    "/transactions/:uid/renotify",
    gateway("query", ({ shopId, version, params }) => {
      const tx = store.get(params.uid ?? "", shopId);
      if (!tx) return notFound(version);
      engine.notify(tx, "single");
      return { status: 200, body: { response: { message: "Transaction was renotified" } } };
    }),
  );

  app.post(
    "/api/reports",
    gateway("query", ({ shopId, body }) =>
      begatewayReport(store, shopId, body, deps.reportFaults.current(), new Date()),
    ),
  );

  // The PHP SDK asks the APM API first: a 404 without `transaction` makes it fall through to /transactions/{uid}.
  app.all("/beyag/*", async (_request, reply) => reply.code(404).send({ message: "Record not found" }));

  app.get("/process/:uid", async (request, reply) => {
    const tx = store.get((request.params as { uid: string }).uid);
    return sendHtml(reply, tx ? 200 : 404, tx ? challengePage(tx) : notFoundPage());
  });

  const complete = async (request: FastifyRequest, reply: FastifyReply) => {
    const uid = (request.params as { uid: string }).uid;
    const raw = typeof request.body === "string" ? request.body : "";
    const form = (header(request, "content-type") ?? "").includes("application/x-www-form-urlencoded");
    let choice: unknown = null;
    try {
      choice = form
        ? new URLSearchParams(raw).get("result")
        : raw.trim()
          ? (JSON.parse(raw) as { result?: unknown }).result
          : null;
    } catch {
      return reply.code(400).send({ message: "Invalid JSON" });
    }
    if (choice !== null && choice !== undefined && (typeof choice !== "string" || !/^[YANRU]$/.test(choice))) {
      return reply.code(422).send({ message: "Result is invalid.", errors: { result: ["is invalid"] } });
    }
    // A back-filled challenge completes in its own past; an unreadable X-Sandbox-Time means now.
    const time = callTime(request, deps);
    const outcome = engine.completeChallenge(
      uid,
      (choice as ThreeDsResult | null | undefined) ?? null,
      time?.backdated ? time.at : null,
    );
    if (!outcome.ok) {
      if (!form) return reply.code(outcome.status).send(renderError(outcome.error, versionOf(request)));
      const known = store.get(uid);
      return sendHtml(reply, outcome.status, known ? challengePage(known) : notFoundPage());
    }
    const tx = outcome.tx;
    if (!form) return reply.send(renderTransaction(tx, tx.apiVersion, baseUrl()));
    if (tx.returnUrl) {
      const target = new URL(tx.returnUrl);
      target.searchParams.set("uid", tx.uid);
      target.searchParams.set("status", tx.status);
      return reply.redirect(target.toString(), 302);
    }
    return sendHtml(reply, 200, resultPage(tx));
  };
  app.post("/process/:uid", complete);
  app.post("/process/:uid/return", complete);

  app.get("/customer/transactions/:uid/:hash", async (request, reply) => {
    const { uid, hash } = request.params as { uid: string; hash: string };
    const tx = store.get(uid);
    const found = tx && tx.receiptHash === hash;
    return sendHtml(reply, found ? 200 : 404, found ? receiptPage(tx) : notFoundPage());
  });

  app.setNotFoundHandler(async (request, reply) => {
    const body = renderError({ code: "E.1002", message: "Not found", errors: null }, versionOf(request));
    return reply.code(404).send(body);
  });
};
