import { codesRouter } from "./routers/codes.ts";
import { healthRouter } from "./routers/health.ts";
import { transactionsRouter } from "./routers/transactions.ts";
import { viewsRouter } from "./routers/views.ts";
import { router } from "./trpc.ts";

export const appRouter = router({
  health: healthRouter,
  transactions: transactionsRouter,
  codes: codesRouter,
  views: viewsRouter,
});

export type AppRouter = typeof appRouter;
