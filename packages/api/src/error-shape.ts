// What a tRPC error tells the caller: its code and a message, never a stack, a source path or SQL. A database refusal
// of the caller's data is a 400 in words (db/client-fault.ts); anything else unexpected is a generic 500 with the
// request id, and the full error is in the server's log under that id. PAYLENS_DEBUG_ERRORS=1 keeps the details.
import type { TRPCError } from "@trpc/server";
import { TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";
import { clientFaultOf } from "@paylens/db/client-fault";
import type { RefusalParams, RefusalReason } from "@paylens/domain/refusal-reasons";
import { reasonOf } from "./refusal.ts";

export interface ErrorShape {
  message: string;
  code: number;
  data: {
    code: string;
    httpStatus: number;
    requestId: string | null;
    /** Why, as a stable key the console words in its reader's language (refusal.ts); null for others. */
    reason: RefusalReason | null;
    params: RefusalParams;
    stack?: string;
  };
}

export interface ErrorShapeInput {
  error: TRPCError;
  shape: { data: { httpStatus: number } };
  ctx: { requestId: string | null; debugErrors?: boolean } | undefined;
}

/** A schema's issues as one line ("limit: Too big: expected number to be <=500"), not zod's JSON dump. */
function issuesText(cause: unknown): string | null {
  const issues = (cause as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues) || issues.length === 0) return null;
  return issues
    .slice(0, 5)
    .map((issue: { path?: unknown[]; message?: string }) =>
      [issue.path?.join("."), issue.message].filter(Boolean).join(": "),
    )
    .join("; ");
}

export function errorShape({ error, shape, ctx }: ErrorShapeInput): ErrorShape {
  const requestId = ctx?.requestId ?? null;
  const debug = ctx?.debugErrors === true;
  const clientFault = error.code === "INTERNAL_SERVER_ERROR" ? clientFaultOf(error.cause ?? error) : null;
  if (clientFault) {
    const message = debug ? `${clientFault}: ${error.message}` : clientFault;
    return {
      message,
      code: TRPC_ERROR_CODES_BY_KEY.BAD_REQUEST,
      data: { code: "BAD_REQUEST", httpStatus: 400, requestId, reason: null, params: {} },
    };
  }
  const hidden = error.code === "INTERNAL_SERVER_ERROR" && !debug;
  const schemaText = error.code === "BAD_REQUEST" ? issuesText(error.cause) : null;
  const message = hidden
    ? `Something went wrong on our side (request ${requestId ?? "unknown"})`
    : (schemaText ?? error.message);
  const reasoned = reasonOf(error);
  const data: ErrorShape["data"] = {
    code: error.code,
    httpStatus: shape.data.httpStatus,
    requestId,
    reason: reasoned?.reason ?? null,
    params: reasoned?.params ?? {},
  };
  if (debug && error.stack) data.stack = error.stack;
  return { message, code: TRPC_ERROR_CODES_BY_KEY[error.code], data };
}
