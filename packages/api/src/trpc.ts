import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import type { Context } from "./context.ts";

// superjson carries bigint (money in minor units) and Date across the wire exactly.
const t = initTRPC.context<Context>().create({ transformer: superjson });

export const router = t.router;
export const publicProcedure = t.procedure;
export const createCallerFactory = t.createCallerFactory;
