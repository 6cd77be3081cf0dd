import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { Link, Outlet } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { Permission } from "../lib/api-types.ts";
import { SignInPage } from "../routes/sign-in/sign-in-page.tsx";
import { useTrpc } from "../trpc.ts";
import { CommandPalette } from "./command-palette.tsx";
import { DemoHistoryBanner } from "./demo-history-banner.tsx";
import { ErrorState } from "./error-state.tsx";
import { HealthBadge } from "./health-badge.tsx";
import { NavIcon, type NavIconName } from "./nav-icon.tsx";
import { PrincipalProvider, usePrincipal } from "./principal.tsx";
import { useChosenLanguage } from "./use-chosen-language.ts";
import { UserMenu } from "./user-menu.tsx";

// The alert banner comes a moment after the shell: it waits on its own query anyway, and its code (alert texts with
// their figures in every language's words) stays out of the first screen's JavaScript budget.
const AlertBanner = lazy(() => import("./alert-banner.tsx").then((module) => ({ default: module.AlertBanner })));

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

type NavLabel =
  | "transactions"
  | "approvals"
  | "audit"
  | "codes"
  | "analytics"
  | "alerts"
  | "webhooks"
  | "disputes"
  | "settlements"
  | "settings"
  | "users";

const NAV: { to: NavTarget; label: NavLabel; icon: NavIconName; needs?: Permission }[] = [
  { to: "/transactions", label: "transactions", icon: "transactions" },
  { to: "/approvals", label: "approvals", icon: "approvals", needs: "approve" },
  { to: "/audit", label: "audit", icon: "audit" },
  { to: "/codes", label: "codes", icon: "codes" },
  { to: "/analytics", label: "analytics", icon: "analytics" },
  { to: "/alerts", label: "alerts", icon: "alerts" },
  { to: "/webhooks", label: "webhooks", icon: "webhooks" },
  { to: "/disputes", label: "disputes", icon: "disputes" },
  { to: "/settlements", label: "settlements", icon: "settlements" },
  // Everyone who may export keeps their scheduled reports there; channels and incidents need "settings".
  { to: "/settings", label: "settings", icon: "settings", needs: "export" },
  { to: "/users", label: "users", icon: "users", needs: "admin" },
];

/** How many refunds wait for a second person: shown beside Approvals wherever one is. */
function ApprovalCount() {
  const trpc = useTrpc();
  const waiting = useQuery({ ...trpc.actions.awaitingApproval.queryOptions(), refetchInterval: 30_000 });
  const { t } = useTranslation();
  const count = waiting.data?.length ?? 0;
  if (!count) return null;
  return (
    <span className="nav-count" aria-label={t("shell.nav.waiting", { count })}>
      {count}
    </span>
  );
}

/** Phones and tablets: the navigation (and, on phones, the user menu) opens from the header's menu button. */
function useNavMenu() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);
  return { open, setOpen, button };
}

function Shell() {
  const me = usePrincipal();
  const { t } = useTranslation();
  const menu = useNavMenu();
  return (
    <div className={menu.open ? "app nav-open" : "app"}>
      <a className="skip-link" href="#main">
        {t("shell.skip")}
      </a>
      <header className="app-header">
        <button
          type="button"
          ref={menu.button}
          className="menu-button"
          aria-expanded={menu.open}
          aria-controls="app-nav"
          aria-label={t("shell.nav.menu")}
          onClick={() => menu.setOpen(!menu.open)}
        >
          <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
            <path d="M2 4.5h14M2 9h14M2 13.5h14" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
        </button>
        <Link to="/transactions" className="brand" aria-label={t("shell.home")}>
          <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
            <rect x="1" y="1" width="18" height="18" rx="5" fill="currentColor" />
            <path
              d="M6.5 14V6h4a2.5 2.5 0 0 1 0 5h-4"
              fill="none"
              stroke="var(--on-strong)"
              strokeWidth="1.8"
              strokeLinejoin="round"
            />
          </svg>
          <span>Paylens</span>
        </Link>
        <span className="header-tagline">{t("shell.tagline")}</span>
        <CommandPalette />
        <span className="header-spacer" />
        <HealthBadge />
        <UserMenu />
      </header>
      {/* A tap beside the open menu closes it; keyboards have Escape and the button. */}
      <div className="nav-backdrop" aria-hidden="true" onClick={() => menu.setOpen(false)} />
      <nav
        className="app-nav"
        id="app-nav"
        aria-label={t("shell.nav.label")}
        onClick={(event) => {
          if ((event.target as Element).closest("a")) menu.setOpen(false);
        }}
      >
        <ul>
          {NAV.filter((item) => !item.needs || me.permissions.includes(item.needs)).map((item) => (
            <li key={item.to}>
              <Link
                to={item.to}
                className="nav-link"
                activeProps={{ className: "nav-link active", "aria-current": "page" }}
              >
                <NavIcon name={item.icon} />
                {t(`shell.nav.${item.label}`)}
                {item.to === "/approvals" ? <ApprovalCount /> : null}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main className="app-main" id="main" tabIndex={-1}>
        <Suspense fallback={null}>
          <AlertBanner />
        </Suspense>
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
  const { t } = useTranslation();
  useChosenLanguage(me.data);
  if (me.isPending)
    return (
      <div className="app-loading" role="status" aria-busy="true" aria-label={t("shell.loading")}>
        <p className="app-loading-text">{t("shell.loading")}</p>
      </div>
    );
  if (me.isError) {
    return (
      <main className="sign-in" id="main">
        <ErrorState title={t("shell.unreachable")} error={me.error} onRetry={() => void me.refetch()} />
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
