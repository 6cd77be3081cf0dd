// Code-based routes, each screen loaded with its route (lazyRouteComponent): the shell and the sign-in form come first.
// Screens read their params and search through getRouteApi("<path>"), so this file is the only import cycle root.
import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
  type RouterHistory,
} from "@tanstack/react-router";
import type { ReactNode } from "react";
import { AppShell } from "./components/app-shell.tsx";
import { validateTransactionsSearch } from "./lib/transactions-search.ts";
import { validateAlertsSearch } from "./routes/alerts/alerts-search.ts";
import { validateAuditSearch } from "./lib/audit-search.ts";
import { validateAnalyticsSearch } from "./routes/analytics/analytics-search.ts";
import { validateDisputesSearch } from "./routes/disputes/disputes-search.ts";
import { validateCodesSearch } from "./routes/codes/codes-search.ts";
import { NotFoundPage } from "./routes/not-found/not-found-page.tsx";
import { withPermission } from "./components/needs-permission.tsx";
import { RoutePending } from "./components/route-pending.tsx";
import type { Permission } from "./lib/api-types.ts";
import { validateSettlementsSearch } from "./lib/settlements-search.ts";
import { validateWebhooksSearch } from "./routes/webhooks/webhooks-search.ts";

/** A screen for one permission, loaded with its route: the guard wraps the loaded page, so the router can still preload it. */
const guardedLazy = (permission: Permission, load: () => Promise<() => ReactNode>) =>
  lazyRouteComponent(() => load().then((Page) => ({ default: withPermission(permission, Page) })));

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
  component: lazyRouteComponent(() => import("./routes/transactions/transactions-page.tsx"), "TransactionsPage"),
});

const codesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/codes",
  validateSearch: validateCodesSearch,
  component: lazyRouteComponent(() => import("./routes/codes/codes-page.tsx"), "CodesPage"),
});
const transactionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/transactions/$id",
  component: lazyRouteComponent(() => import("./routes/transaction/transaction-page.tsx"), "TransactionPage"),
});
const analyticsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/analytics",
  validateSearch: validateAnalyticsSearch,
  component: lazyRouteComponent(() => import("./routes/analytics/analytics-page.tsx"), "AnalyticsPage"),
});
const alertsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/alerts",
  validateSearch: validateAlertsSearch,
  component: lazyRouteComponent(() => import("./routes/alerts/alerts-page.tsx"), "AlertsPage"),
});
const webhooksRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/webhooks",
  validateSearch: validateWebhooksSearch,
  component: lazyRouteComponent(() => import("./routes/webhooks/webhooks-page.tsx"), "WebhooksPage"),
});
const disputesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/disputes",
  validateSearch: validateDisputesSearch,
  component: lazyRouteComponent(() => import("./routes/disputes/disputes-page.tsx"), "DisputesPage"),
});
const settlementsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/settlements",
  validateSearch: validateSettlementsSearch,
  component: lazyRouteComponent(() => import("./routes/settlements/settlements-page.tsx"), "SettlementsPage"),
});
const settingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/settings",
  component: guardedLazy("export", () => import("./routes/settings/settings-page.tsx").then((m) => m.SettingsPage)),
});
const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/audit",
  validateSearch: validateAuditSearch,
  component: lazyRouteComponent(() => import("./routes/audit/audit-page.tsx"), "AuditPage"),
});
const approvalsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/approvals",
  component: guardedLazy("approve", () => import("./routes/approvals/approvals-page.tsx").then((m) => m.ApprovalsPage)),
});
const usersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/users",
  component: lazyRouteComponent(() => import("./routes/users/users-page.tsx"), "UsersPage"),
});

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
    // Each screen's code is its own chunk (charts only with the screens that draw them): hovering or focusing a link
    // fetches it, so the click finds it loaded. No route has a loader, so a preload fetches code and nothing else.
    defaultPreload: "intent",
    defaultPendingComponent: RoutePending,
    scrollRestoration: true,
  });
}

export type AppRouterInstance = ReturnType<typeof createAppRouter>;

declare module "@tanstack/react-router" {
  interface Register {
    router: AppRouterInstance;
  }
}
