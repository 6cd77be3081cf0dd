import { actionsRouter } from "./routers/actions.ts";
import { auditRouter } from "./routers/audit.ts";
import { authRouter } from "./routers/auth.ts";
import { notesRouter } from "./routers/notes.ts";
import { usersRouter } from "./routers/users.ts";
import { alertChannelsRouter } from "./routers/alert-channels.ts";
import { alertsRouter } from "./routers/alerts.ts";
import { approvalLimitsRouter } from "./routers/approval-limits.ts";
import { analyticsRouter } from "./routers/analytics.ts";
import { codesRouter } from "./routers/codes.ts";
import { disputesRouter } from "./routers/disputes.ts";
import { financeRouter } from "./routers/finance.ts";
import { healthRouter } from "./routers/health.ts";
import { incidentsRouter } from "./routers/incidents.ts";
import { reportSchedulesRouter } from "./routers/report-schedules.ts";
import { transactionsRouter } from "./routers/transactions.ts";
import { viewsRouter } from "./routers/views.ts";
import { webhooksRouter } from "./routers/webhooks.ts";
import { router } from "./trpc.ts";

export const appRouter = router({
  health: healthRouter,
  transactions: transactionsRouter,
  codes: codesRouter,
  views: viewsRouter,
  analytics: analyticsRouter,
  alerts: alertsRouter,
  alertChannels: alertChannelsRouter,
  reportSchedules: reportSchedulesRouter,
  incidents: incidentsRouter,
  approvalLimits: approvalLimitsRouter,
  auth: authRouter,
  users: usersRouter,
  actions: actionsRouter,
  notes: notesRouter,
  audit: auditRouter,
  finance: financeRouter,
  webhooks: webhooksRouter,
  disputes: disputesRouter,
});

export type AppRouter = typeof appRouter;
