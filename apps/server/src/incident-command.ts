// `pnpm paylens incident …`: switches demo incidents on the running server through its tRPC endpoint.
import { parseArgs } from "node:util";

export const INCIDENT_USAGE = `usage:
  pnpm paylens incident status
  pnpm paylens incident issuer-declines <issuer name | off> [--multiplier 0.1]
  pnpm paylens incident webhooks <provider> <normal|delayed|stopped> [--delay-ms 180000]
  pnpm paylens incident api <provider> [--latency 5] [--failure-rate 0.3]     (no options: back to normal)
  options: --url http://127.0.0.1:3000 (default: this machine's PORT and HOST)`;

type Body = Record<string, string | number | null>;

/** The tRPC mutation body for the arguments, or null for `status`. */
export function incidentRequest(args: string[]): Body | null {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      multiplier: { type: "string" },
      "delay-ms": { type: "string" },
      latency: { type: "string" },
      "failure-rate": { type: "string" },
      url: { type: "string" },
    },
  });
  const [what, a, b] = positionals;
  const number = (name: string, value: string | undefined): number | undefined => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a non-negative number`);
    return n;
  };
  const defined = (body: Record<string, string | number | null | undefined>): Body =>
    Object.fromEntries(
      Object.entries(body).filter((entry): entry is [string, string | number | null] => entry[1] !== undefined),
    );
  if (what === "status") return null;
  if (what === "issuer-declines" && a) {
    return defined({
      kind: "issuer",
      issuer: a === "off" ? null : positionals.slice(1).join(" "),
      approvalMultiplier: number("multiplier", values.multiplier),
    });
  }
  if (what === "webhooks" && a && (b === "normal" || b === "delayed" || b === "stopped")) {
    return defined({ kind: "webhooks", provider: a, mode: b, delayMs: number("delay-ms", values["delay-ms"]) });
  }
  if (what === "api" && a) {
    return defined({
      kind: "api",
      provider: a,
      latencyMultiplier: number("latency", values.latency),
      failureRate: number("failure-rate", values["failure-rate"]),
    });
  }
  throw new Error(INCIDENT_USAGE);
}

export function incidentUrl(args: string[], fallback: string): string {
  const { values } = parseArgs({ args, allowPositionals: true, strict: false, options: { url: { type: "string" } } });
  return (typeof values.url === "string" ? values.url : fallback).replace(/\/$/, "");
}

export async function runIncident(args: string[], fallbackUrl: string, token: string | null): Promise<string> {
  const body = incidentRequest(args);
  const base = incidentUrl(args, fallbackUrl);
  if (!token)
    throw new Error(
      "no API token: set PAYLENS_API_TOKEN to an ops token (an admin creates one under Settings); demo mode writes one to <PAYLENS_DATA_DIR>/demo-api-token",
    );
  const authorization = { authorization: `Bearer ${token}` };
  // superjson's wire format for plain JSON values is { json: value }.
  const response = body
    ? await fetch(`${base}/trpc/incidents.set`, {
        method: "POST",
        headers: { "content-type": "application/json", ...authorization },
        body: JSON.stringify({ json: body }),
      })
    : await fetch(`${base}/trpc/incidents.state`, { headers: authorization });
  const payload = (await response.json()) as {
    result?: { data?: { json?: unknown } };
    error?: { json?: { message?: string } };
  };
  if (!response.ok || !payload.result)
    throw new Error(`server refused: ${payload.error?.json?.message ?? response.statusText}`);
  return JSON.stringify(payload.result.data?.json, null, 2);
}
