// msw handlers a component test puts in front of the real API: one that records what a procedure was asked and lets
// the API answer, and one that answers with an error the API would only give when something breaks.
import { HttpResponse, http, type HttpHandler } from "msw";
import superjson from "superjson";
import type { RouterInputs } from "../trpc.ts";
import { TEST_TRPC_URL } from "./api-backend.ts";

type Area = keyof RouterInputs;
type Path = { [A in Area]: `${A}.${keyof RouterInputs[A] & string}` }[Area];
type InputOf<P extends Path> = P extends `${infer A extends Area}.${infer N}`
  ? N extends keyof RouterInputs[A]
    ? RouterInputs[A][N]
    : never
  : never;

async function inputOf(request: Request): Promise<unknown> {
  const raw = request.method === "GET" ? new URL(request.url).searchParams.get("input") : await request.clone().text();
  return raw ? superjson.deserialize(JSON.parse(raw) as Parameters<typeof superjson.deserialize>[0]) : undefined;
}

/** Pushes each input of `path` to `seen` and runs `onRequest` before the real API answers. */
export function recordInputs<P extends Path>(
  path: P,
  seen: InputOf<P>[],
  onRequest?: (request: Request, input: InputOf<P>) => unknown,
): HttpHandler {
  return http.all(`${TEST_TRPC_URL}/${path}`, async ({ request }) => {
    const input = (await inputOf(request)) as InputOf<P>;
    seen.push(input);
    await onRequest?.(request, input);
  });
}

const CODES = {
  UNAUTHORIZED: { status: 401, rpc: -32001 },
  CONFLICT: { status: 409, rpc: -32009 },
  TOO_MANY_REQUESTS: { status: 429, rpc: -32029 },
  INTERNAL_SERVER_ERROR: { status: 500, rpc: -32603 },
} as const;

/** Answers `path` with a tRPC error while `when()` holds (always by default), as the server's error shape has it. */
export function failWith(
  path: Path,
  code: keyof typeof CODES,
  message: string,
  when: () => boolean = () => true,
): HttpHandler {
  return http.all(`${TEST_TRPC_URL}/${path}`, () => {
    if (!when()) return undefined;
    const { status, rpc } = CODES[code];
    const shape = { message, code: rpc, data: { code, httpStatus: status, path } };
    return HttpResponse.json({ error: superjson.serialize(shape) }, { status });
  });
}

/**
 * Answers `path` with `answer(input)`, or lets the API answer when it gives undefined: only for what the test
 * database cannot give, a provider's answer to an action (no provider runs in component tests).
 */
export function answerWith<P extends Path>(path: P, answer: (input: InputOf<P>) => unknown): HttpHandler {
  return http.all(`${TEST_TRPC_URL}/${path}`, async ({ request }) => {
    const result = answer((await inputOf(request)) as InputOf<P>);
    if (result === undefined) return undefined;
    return HttpResponse.json({ result: { data: superjson.serialize(result) } });
  });
}
