import { healthRouter } from "./routers/health.ts";
import { transactionsRouter } from "./routers/transactions.ts";
import { router } from "./trpc.ts";

export const appRouter = router({
  health: healthRouter,
  transactions: transactionsRouter,
});

export type AppRouter = typeof appRouter;
