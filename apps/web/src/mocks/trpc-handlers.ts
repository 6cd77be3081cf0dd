// msw handlers that answer tRPC queries the way the real server does (superjson, one request per call: use httpLink).
import { HttpResponse, http, type HttpHandler } from "msw";
import superjson from "superjson";
import type { RouterInputs, RouterOutputs } from "../trpc.ts";

interface Procedures {
  "health.check": { input: undefined; output: RouterOutputs["health"]["check"] };
  "transactions.list": { input: RouterInputs["transactions"]["list"]; output: RouterOutputs["transactions"]["list"] };
  "transactions.byId": { input: RouterInputs["transactions"]["byId"]; output: RouterOutputs["transactions"]["byId"] };
}
export type QueryPath = keyof Procedures;

const CODES = {
  BAD_REQUEST: { status: 400, rpc: -32600 },
  NOT_FOUND: { status: 404, rpc: -32004 },
  INTERNAL_SERVER_ERROR: { status: 500, rpc: -32603 },
} as const;

/** Return one from a resolver to answer with a tRPC error. */
export class TrpcMockError {
  constructor(
    readonly code: keyof typeof CODES,
    readonly message: string,
  ) {}
}

type Resolver<P extends QueryPath> = (
  input: Procedures[P]["input"],
) => Procedures[P]["output"] | TrpcMockError | Promise<Procedures[P]["output"] | TrpcMockError>;

export function trpcQuery<P extends QueryPath>(path: P, resolve: Resolver<P>): HttpHandler {
  return http.get(`*/trpc/${path}`, async ({ request }) => {
    const raw = new URL(request.url).searchParams.get("input");
    const input = raw ? superjson.deserialize(JSON.parse(raw) as Parameters<typeof superjson.deserialize>[0]) : undefined;
    const result = await resolve(input as Procedures[P]["input"]);
    if (result instanceof TrpcMockError) {
      const { status, rpc } = CODES[result.code];
      const shape = { message: result.message, code: rpc, data: { code: result.code, httpStatus: status, path } };
      return HttpResponse.json({ error: superjson.serialize(shape) }, { status });
    }
    return HttpResponse.json({ result: { data: superjson.serialize(result) } });
  });
}
