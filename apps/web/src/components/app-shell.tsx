import { Link, Outlet } from "@tanstack/react-router";
import { AlertBanner } from "./alert-banner.tsx";
import { CommandPalette } from "./command-palette.tsx";
import { HealthBadge } from "./health-badge.tsx";
import { NavIcon, type NavIconName } from "./nav-icon.tsx";

const NAV: { to: "/transactions" | "/codes" | "/analytics" | "/alerts" | "/webhooks" | "/settlements" | "/settings"; label: string; icon: NavIconName }[] = [
  { to: "/transactions", label: "Transactions", icon: "transactions" },
  { to: "/codes", label: "Codes", icon: "codes" },
  { to: "/analytics", label: "Analytics", icon: "analytics" },
  { to: "/alerts", label: "Alerts", icon: "alerts" },
  { to: "/webhooks", label: "Webhooks", icon: "webhooks" },
  { to: "/settlements", label: "Settlements", icon: "settlements" },
  { to: "/settings", label: "Settings", icon: "settings" },
];

export function AppShell() {
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/transactions" className="brand" aria-label="Paylens home">
          <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
            <rect x="1" y="1" width="18" height="18" rx="5" fill="currentColor" />
            <path d="M6.5 14V6h4a2.5 2.5 0 0 1 0 5h-4" fill="none" stroke="#fff" strokeWidth="1.8" strokeLinejoin="round" />
          </svg>
          <span>Paylens</span>
        </Link>
        <span className="header-tagline">Payment operations</span>
        <CommandPalette />
        <span className="header-spacer" />
        <HealthBadge />
      </header>
      <nav className="app-nav" aria-label="Main">
        <ul>
          {NAV.map((item) => (
            <li key={item.to}>
              <Link to={item.to} className="nav-link" activeProps={{ className: "nav-link active", "aria-current": "page" }}>
                <NavIcon name={item.icon} />
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main className="app-main" id="main" tabIndex={-1}>
        <AlertBanner />
        <Outlet />
      </main>
    </div>
  );
}
