// The base procedure's input guard: hostile text refused, card data redacted before the schema and the handler.
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { containsCardData } from "@paylens/domain/card";
import type { Db } from "@paylens/db/client";
import { createContextInner } from "./context.ts";
import { appRouter } from "./root.ts";
import { createCallerFactory, publicProcedure, router } from "./trpc.ts";

const seen: unknown[] = [];
const probe = router({
  // The schema refuses card data and unknown keys: it passes only if the guard ran before it.
  note: publicProcedure
    .input(
      z
        .object({
          text: z.string().refine((t) => !containsCardData(t), "card data reached the schema"),
          tags: z.array(z.string()).default([]),
          password: z.string().optional(),
        })
        .strict(),
    )
    .mutation(({ input }) => {
      seen.push(input);
      return input;
    }),
  anything: publicProcedure.input(z.unknown()).query(({ input }) => input),
});
const caller = createCallerFactory(probe)(createContextInner({ db: {} as Db, dbKind: "pglite" }));

describe("input guard", () => {
  it("redacts card numbers and drops security codes before the schema and the handler see them", async () => {
    const out = await caller.note({
      text: "customer read 4111 1111 1111 1111, cvv 123, over the phone",
      tags: ["5555-5555-5555-4444"],
      cvv: "123",
    } as never);
    expect(out).toEqual({
      text: "customer read 411111******1111, cvv ***, over the phone",
      tags: ["555555******4444"],
    });
    expect(JSON.stringify(seen)).not.toMatch(/4111 1111 1111 1111|5555-5555-5555-4444|\b123\b/);
  });

  it("keeps a password as typed: it is hashed, never stored, and must match what was set", async () => {
    expect(await caller.note({ text: "x", password: "4111111111111111 cvv 123" })).toMatchObject({
      password: "4111111111111111 cvv 123",
    });
  });

  it("refuses NUL, control characters, lone surrogates and deep nesting with BAD_REQUEST and a short message", async () => {
    await expect(caller.note({ text: "a\u0000b" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "text contains a control character",
    });
    await expect(caller.anything({ nested: { key: ["\u001b[2J"] } })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "text contains a control character",
    });
    await expect(caller.anything({ ["\uD800"]: 1 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "text contains an invalid character",
    });
    let deep: unknown = 1;
    for (let i = 0; i < 6000; i++) deep = { a: deep };
    await expect(caller.anything(deep)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "input is nested too deeply",
    });
    expect(await caller.anything({ text: "tab\tnew line\nreturn\r 🙂", amount: 10n, at: new Date(0) })).toEqual({
      text: "tab\tnew line\nreturn\r 🙂",
      amount: 10n,
      at: new Date(0),
    });
  });

  it("guards the app's own procedures, signed out too: a NUL in the sign-in e-mail never reaches the database", async () => {
    const app = createCallerFactory(appRouter)(createContextInner({ db: {} as Db, dbKind: "pglite" }));
    await expect(app.auth.signIn({ email: "admin@example.com\u0000", password: "x" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "text contains a control character",
    });
  });
});
