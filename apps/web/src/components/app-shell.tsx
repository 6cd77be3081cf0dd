import { useQuery } from "@tanstack/react-query";
import { Link, Outlet } from "@tanstack/react-router";
import type { Permission } from "../lib/api-types.ts";
import { SignInPage } from "../routes/sign-in/sign-in-page.tsx";
import { useTrpc } from "../trpc.ts";
import { AlertBanner } from "./alert-banner.tsx";
import { CommandPalette } from "./command-palette.tsx";
import { DemoHistoryBanner } from "./demo-history-banner.tsx";
import { ErrorState } from "./error-state.tsx";
import { HealthBadge } from "./health-badge.tsx";
import { NavIcon, type NavIconName } from "./nav-icon.tsx";
import { PrincipalProvider, usePrincipal } from "./principal.tsx";
import { UserMenu } from "./user-menu.tsx";

type NavTarget =
  | "/transactions"
  | "/approvals"
  | "/audit"
  | "/codes"
  | "/analytics"
  | "/alerts"
  | "/webhooks"
  | "/disputes"
  | "/settlements"
  | "/settings"
  | "/users";

const NAV: { to: NavTarget; label: string; icon: NavIconName; needs?: Permission }[] = [
  { to: "/transactions", label: "Transactions", icon: "transactions" },
  { to: "/approvals", label: "Approvals", icon: "approvals", needs: "approve" },
  { to: "/audit", label: "Audit log", icon: "audit" },
  { to: "/codes", label: "Codes", icon: "codes" },
  { to: "/analytics", label: "Analytics", icon: "analytics" },
  { to: "/alerts", label: "Alerts", icon: "alerts" },
  { to: "/webhooks", label: "Webhooks", icon: "webhooks" },
  { to: "/disputes", label: "Disputes", icon: "disputes" },
  { to: "/settlements", label: "Settlements", icon: "settlements" },
  { to: "/settings", label: "Settings", icon: "settings", needs: "settings" },
  { to: "/users", label: "Users & tokens", icon: "users", needs: "admin" },
];

/** How many refunds wait for a second person: shown beside Approvals wherever one is. */
function ApprovalCount() {
  const trpc = useTrpc();
  const waiting = useQuery({ ...trpc.actions.awaitingApproval.queryOptions(), refetchInterval: 30_000 });
  const count = waiting.data?.length ?? 0;
  if (!count) return null;
  return (
    <span className="nav-count" aria-label={`${count} waiting`}>
      {count}
    </span>
  );
}

function Shell() {
  const me = usePrincipal();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/transactions" className="brand" aria-label="Paylens home">
          <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
            <rect x="1" y="1" width="18" height="18" rx="5" fill="currentColor" />
            <path
              d="M6.5 14V6h4a2.5 2.5 0 0 1 0 5h-4"
              fill="none"
              stroke="#fff"
              strokeWidth="1.8"
              strokeLinejoin="round"
            />
          </svg>
          <span>Paylens</span>
        </Link>
        <span className="header-tagline">Payment operations</span>
        <CommandPalette />
        <span className="header-spacer" />
        <HealthBadge />
        <UserMenu />
      </header>
      <nav className="app-nav" aria-label="Main">
        <ul>
          {NAV.filter((item) => !item.needs || me.permissions.includes(item.needs)).map((item) => (
            <li key={item.to}>
              <Link
                to={item.to}
                className="nav-link"
                activeProps={{ className: "nav-link active", "aria-current": "page" }}
              >
                <NavIcon name={item.icon} />
                {item.label}
                {item.to === "/approvals" ? <ApprovalCount /> : null}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main className="app-main" id="main" tabIndex={-1}>
        <AlertBanner />
        <DemoHistoryBanner />
        <Outlet />
      </main>
    </div>
  );
}

/** Every screen needs a signed-in person: until there is one, the sign-in form stands in for the screen at the same URL. */
export function AppShell() {
  const trpc = useTrpc();
  const me = useQuery({ ...trpc.auth.me.queryOptions(), staleTime: 60_000 });
  if (me.isPending) return <div className="app-loading" aria-busy="true" aria-label="Loading Paylens" />;
  if (me.isError) {
    return (
      <main className="sign-in" id="main">
        <ErrorState title="Paylens could not be reached" error={me.error} onRetry={() => void me.refetch()} />
      </main>
    );
  }
  if (!me.data) return <SignInPage />;
  return (
    <PrincipalProvider value={me.data}>
      <Shell />
    </PrincipalProvider>
  );
}
