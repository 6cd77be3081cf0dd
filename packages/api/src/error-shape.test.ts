import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { errorShape } from "./error-shape.ts";
import { refusal } from "./refusal.ts";

const shapeOf = (error: TRPCError, debugErrors = false) =>
  errorShape({ error, shape: { data: { httpStatus: 500 } }, ctx: { requestId: "req-42", debugErrors } });
const sqlFailure = () =>
  new TRPCError({
    code: "INTERNAL_SERVER_ERROR",
    cause: new Error('Failed query: select * from "users" where email = $1\nparams: a'),
  });

describe("errorShape", () => {
  it("turns an unexpected failure into a generic message with the request id, without stack or path", () => {
    const shape = shapeOf(sqlFailure());
    expect(shape).toEqual({
      message: "Something went wrong on our side (request req-42)",
      code: -32603,
      data: { code: "INTERNAL_SERVER_ERROR", httpStatus: 500, requestId: "req-42", reason: null, params: {} },
    });
  });

  it("turns the database's refusal of the caller's data into a 400 in words, never the SQL", () => {
    const cause = Object.assign(new Error('value "99999999999999999999" is out of range for type bigint'), {
      code: "22003",
    });
    const shape = errorShape({
      error: new TRPCError({
        code: "INTERNAL_SERVER_ERROR",
        message: `Failed query: insert into x values ($1)`,
        cause,
      }),
      shape: { data: { httpStatus: 500 } },
      ctx: { requestId: "r", debugErrors: false },
    });
    expect(shape).toEqual({
      message: "a number is out of range",
      code: -32600,
      data: { code: "BAD_REQUEST", httpStatus: 400, requestId: "r", reason: null, params: {} },
    });
  });

  it("keeps the caller's own errors' messages and status, still without stack or path", () => {
    const shape = errorShape({
      error: new TRPCError({ code: "NOT_FOUND", message: "No transaction 123" }),
      shape: { data: { httpStatus: 404 } },
      ctx: undefined,
    });
    expect(shape).toEqual({
      message: "No transaction 123",
      code: -32004,
      data: { code: "NOT_FOUND", httpStatus: 404, requestId: null, reason: null, params: {} },
    });
    expect(JSON.stringify(shape)).not.toMatch(/stack|path|\.ts/);
  });

  it("names a refusal's reason and figures beside its English message, for the console to word", () => {
    const shape = errorShape({
      error: refusal("FORBIDDEN", "role_forbidden", 'The support role may not do this (needs "act")', {
        role: "support",
      }),
      shape: { data: { httpStatus: 403 } },
      ctx: undefined,
    });
    expect(shape.message).toBe('The support role may not do this (needs "act")');
    expect(shape.data).toMatchObject({ code: "FORBIDDEN", reason: "role_forbidden", params: { role: "support" } });
  });

  it("names a schema's problems in one line instead of zod's JSON", () => {
    const cause = Object.assign(new Error("[{...}]"), {
      issues: [
        { path: ["limit"], message: "Too big: expected number to be <=500" },
        { path: [], message: 'Unrecognized key: "x"' },
      ],
    });
    const shape = errorShape({
      error: new TRPCError({ code: "BAD_REQUEST", cause }),
      shape: { data: { httpStatus: 400 } },
      ctx: undefined,
    });
    expect(shape.message).toBe('limit: Too big: expected number to be <=500; Unrecognized key: "x"');
  });

  it("shows the message and stack only when the operator asked for it (PAYLENS_DEBUG_ERRORS=1)", () => {
    const shape = shapeOf(sqlFailure(), true);
    expect(shape.message).toMatch(/Failed query: select/);
    expect(shape.data.stack).toMatch(/ {4}at /);
  });
});
