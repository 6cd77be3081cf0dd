// Code-based routes. Screens read their params and search through getRouteApi("<path>"), so this file is the only import cycle root.
import { createRootRoute, createRoute, createRouter, redirect, type RouterHistory } from "@tanstack/react-router";
import { AppShell } from "./components/app-shell.tsx";
import { validateTransactionsSearch } from "./lib/transactions-search.ts";
import { AlertsPage } from "./routes/alerts/alerts-page.tsx";
import { validateAlertsSearch } from "./routes/alerts/alerts-search.ts";
import { ApprovalsPage } from "./routes/approvals/approvals-page.tsx";
import { AuditPage } from "./routes/audit/audit-page.tsx";
import { UsersPage } from "./routes/users/users-page.tsx";
import { validateAuditSearch } from "./lib/audit-search.ts";
import { AnalyticsPage } from "./routes/analytics/analytics-page.tsx";
import { validateAnalyticsSearch } from "./routes/analytics/analytics-search.ts";
import { CodesPage } from "./routes/codes/codes-page.tsx";
import { DisputesPage } from "./routes/disputes/disputes-page.tsx";
import { validateDisputesSearch } from "./routes/disputes/disputes-search.ts";
import { validateCodesSearch } from "./routes/codes/codes-filter.ts";
import { NotFoundPage } from "./routes/not-found/not-found-page.tsx";
import { withPermission } from "./components/needs-permission.tsx";
import { SettingsPage } from "./routes/settings/settings-page.tsx";
import { SettlementsPage } from "./routes/settlements/settlements-page.tsx";
import { validateSettlementsSearch } from "./lib/settlements-search.ts";
import { TransactionPage } from "./routes/transaction/transaction-page.tsx";
import { TransactionsPage } from "./routes/transactions/transactions-page.tsx";
import { WebhooksPage } from "./routes/webhooks/webhooks-page.tsx";
import { validateWebhooksSearch } from "./routes/webhooks/webhooks-search.ts";

const rootRoute = createRootRoute({ component: AppShell, notFoundComponent: NotFoundPage });

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  beforeLoad: () => {
    throw redirect({ to: "/transactions", replace: true });
  },
});

const transactionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/transactions",
  validateSearch: validateTransactionsSearch,
  component: TransactionsPage,
});

const codesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/codes",
  validateSearch: validateCodesSearch,
  component: CodesPage,
});
const transactionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/transactions/$id",
  component: TransactionPage,
});
const analyticsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/analytics",
  validateSearch: validateAnalyticsSearch,
  component: AnalyticsPage,
});
const alertsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/alerts",
  validateSearch: validateAlertsSearch,
  component: AlertsPage,
});
const webhooksRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/webhooks",
  validateSearch: validateWebhooksSearch,
  component: WebhooksPage,
});
const disputesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/disputes",
  validateSearch: validateDisputesSearch,
  component: DisputesPage,
});
const settlementsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/settlements",
  validateSearch: validateSettlementsSearch,
  component: SettlementsPage,
});
const settingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/settings",
  component: withPermission("settings", SettingsPage),
});
const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/audit",
  validateSearch: validateAuditSearch,
  component: AuditPage,
});
const approvalsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/approvals",
  component: withPermission("approve", ApprovalsPage),
});
const usersRoute = createRoute({ getParentRoute: () => rootRoute, path: "/users", component: UsersPage });

const routeTree = rootRoute.addChildren([
  indexRoute,
  transactionsRoute,
  transactionRoute,
  codesRoute,
  analyticsRoute,
  alertsRoute,
  webhooksRoute,
  disputesRoute,
  settlementsRoute,
  settingsRoute,
  auditRoute,
  approvalsRoute,
  usersRoute,
]);

export function createAppRouter(options: { history?: RouterHistory } = {}) {
  return createRouter({
    routeTree,
    history: options.history,
    defaultPreload: false,
    scrollRestoration: true,
  });
}

export type AppRouterInstance = ReturnType<typeof createAppRouter>;

declare module "@tanstack/react-router" {
  interface Register {
    router: AppRouterInstance;
  }
}
