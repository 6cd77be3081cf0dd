// msw handlers that answer tRPC calls the way the real server does (superjson, one request per call: use httpLink).
import { HttpResponse, http, type HttpHandler } from "msw";
import superjson from "superjson";
import type * as A from "../lib/analytics-types.ts";
import type { RouterInputs, RouterOutputs } from "../trpc.ts";

interface Queries {
  "health.check": { input: undefined; output: RouterOutputs["health"]["check"] };
  "transactions.list": { input: RouterInputs["transactions"]["list"]; output: RouterOutputs["transactions"]["list"] };
  "transactions.byId": { input: RouterInputs["transactions"]["byId"]; output: RouterOutputs["transactions"]["byId"] };
  "transactions.search": {
    input: RouterInputs["transactions"]["search"];
    output: RouterOutputs["transactions"]["search"];
  };
  "transactions.totals": {
    input: RouterInputs["transactions"]["totals"];
    output: RouterOutputs["transactions"]["totals"];
  };
  "codes.list": { input: RouterInputs["codes"]["list"]; output: RouterOutputs["codes"]["list"] };
  "views.list": { input: undefined; output: RouterOutputs["views"]["list"] };
  "analytics.approval": { input: A.ApprovalInput; output: A.ApprovalOutput };
  "analytics.breakdown": { input: A.BreakdownInput; output: A.BreakdownOutput };
  "analytics.declines": { input: A.DeclinesInput; output: A.DeclinesOutput };
  "analytics.webhookLag": { input: A.WebhookLagInput; output: A.WebhookLagOutput };
  "analytics.latency": { input: A.LatencyInput; output: A.LatencyOutput };
  "alerts.list": { input: A.AlertsListInput; output: A.Alert[] };
  "alerts.active": { input: undefined; output: A.Alert[] };
  "incidents.state": { input: undefined; output: A.IncidentsState };
  "auth.me": { input: undefined; output: RouterOutputs["auth"]["me"] };
  "actions.forTransaction": {
    input: RouterInputs["actions"]["forTransaction"];
    output: RouterOutputs["actions"]["forTransaction"];
  };
  "actions.awaitingApproval": { input: undefined; output: RouterOutputs["actions"]["awaitingApproval"] };
  "notes.list": { input: RouterInputs["notes"]["list"]; output: RouterOutputs["notes"]["list"] };
  "audit.list": { input: RouterInputs["audit"]["list"]; output: RouterOutputs["audit"]["list"] };
  "users.list": { input: undefined; output: RouterOutputs["users"]["list"] };
  "users.tokens": { input: undefined; output: RouterOutputs["users"]["tokens"] };
  "webhooks.list": { input: RouterInputs["webhooks"]["list"]; output: RouterOutputs["webhooks"]["list"] };
  "webhooks.counts": { input: RouterInputs["webhooks"]["counts"]; output: RouterOutputs["webhooks"]["counts"] };
  "webhooks.byId": { input: RouterInputs["webhooks"]["byId"]; output: RouterOutputs["webhooks"]["byId"] };
  "finance.accounts": { input: undefined; output: RouterOutputs["finance"]["accounts"] };
}
interface Mutations {
  "views.save": { input: RouterInputs["views"]["save"]; output: RouterOutputs["views"]["save"] };
  "views.remove": { input: RouterInputs["views"]["remove"]; output: RouterOutputs["views"]["remove"] };
  "incidents.set": { input: A.IncidentInput; output: A.IncidentOutput };
  "auth.signIn": { input: RouterInputs["auth"]["signIn"]; output: RouterOutputs["auth"]["signIn"] };
  "auth.signOut": { input: undefined; output: RouterOutputs["auth"]["signOut"] };
  "actions.request": { input: RouterInputs["actions"]["request"]; output: RouterOutputs["actions"]["request"] };
  "actions.approve": { input: RouterInputs["actions"]["approve"]; output: RouterOutputs["actions"]["approve"] };
  "actions.decline": { input: RouterInputs["actions"]["decline"]; output: RouterOutputs["actions"]["decline"] };
  "actions.check": { input: RouterInputs["actions"]["check"]; output: RouterOutputs["actions"]["check"] };
  "notes.add": { input: RouterInputs["notes"]["add"]; output: RouterOutputs["notes"]["add"] };
  "users.create": { input: RouterInputs["users"]["create"]; output: RouterOutputs["users"]["create"] };
  "users.update": { input: RouterInputs["users"]["update"]; output: RouterOutputs["users"]["update"] };
  "users.createToken": { input: RouterInputs["users"]["createToken"]; output: RouterOutputs["users"]["createToken"] };
  "users.revokeToken": { input: RouterInputs["users"]["revokeToken"]; output: RouterOutputs["users"]["revokeToken"] };
  "actions.reprocessWebhook": {
    input: RouterInputs["actions"]["reprocessWebhook"];
    output: RouterOutputs["actions"]["reprocessWebhook"];
  };
}
export type QueryPath = keyof Queries;
export type MutationPath = keyof Mutations;

const CODES = {
  BAD_REQUEST: { status: 400, rpc: -32600 },
  UNAUTHORIZED: { status: 401, rpc: -32001 },
  FORBIDDEN: { status: 403, rpc: -32003 },
  NOT_FOUND: { status: 404, rpc: -32004 },
  CONFLICT: { status: 409, rpc: -32009 },
  TOO_MANY_REQUESTS: { status: 429, rpc: -32029 },
  INTERNAL_SERVER_ERROR: { status: 500, rpc: -32603 },
} as const;

/** Return one from a resolver to answer with a tRPC error. */
export class TrpcMockError {
  constructor(
    readonly code: keyof typeof CODES,
    readonly message: string,
  ) {}
}

type Answer<O> = O | TrpcMockError | Promise<O | TrpcMockError>;

function respond(path: string, result: unknown): Response {
  if (result instanceof TrpcMockError) {
    const { status, rpc } = CODES[result.code];
    const shape = { message: result.message, code: rpc, data: { code: result.code, httpStatus: status, path } };
    return HttpResponse.json({ error: superjson.serialize(shape) }, { status });
  }
  return HttpResponse.json({ result: { data: superjson.serialize(result) } });
}

function deserialize(raw: string | null): unknown {
  return raw ? superjson.deserialize(JSON.parse(raw) as Parameters<typeof superjson.deserialize>[0]) : undefined;
}

export function trpcQuery<P extends QueryPath>(
  path: P,
  resolve: (input: Queries[P]["input"], request: Request) => Answer<Queries[P]["output"]>,
): HttpHandler {
  return http.get(`*/trpc/${path}`, async ({ request }) => {
    const input = deserialize(new URL(request.url).searchParams.get("input"));
    return respond(path, await resolve(input as Queries[P]["input"], request));
  });
}

export function trpcMutation<P extends MutationPath>(
  path: P,
  resolve: (input: Mutations[P]["input"], request: Request) => Answer<Mutations[P]["output"]>,
): HttpHandler {
  return http.post(`*/trpc/${path}`, async ({ request }) => {
    const input = deserialize(await request.text());
    return respond(path, await resolve(input as Mutations[P]["input"], request));
  });
}
