// 16px outline icons for the navigation, drawn inline so the app ships no icon font.
const PATHS = {
  transactions: "M2.5 4.5h11M2.5 8h11M2.5 11.5h7",
  codes: "M5.5 4L2 8l3.5 4M10.5 4L14 8l-3.5 4M9 3l-2 10",
  analytics: "M2.5 13.5h11M4.5 11V7.5M8 11V4M11.5 11V9",
  alerts: "M4 11.5V7.5a4 4 0 0 1 8 0v4l1.2 1.2H2.8L4 11.5ZM6.6 14.2a1.6 1.6 0 0 0 2.8 0",
  webhooks: "M8 2v7M5 6l3 3l3-3M2.5 9.5v3.5h11V9.5",
  settlements: "M2.5 5.5h11v7h-11zM2.5 8h11M5 3.5h6",
  disputes: "M8 2l6 11H2zM8 6.5v3M8 11.5v.5",
  approvals: "M3 8.5l3 3l7-7M3 13.5h10",
  audit: "M4 2.5h6l2.5 2.5v8.5h-8.5zM6 7h4.5M6 9.5h4.5M6 12h3",
  users:
    "M6 7.5a2.3 2.3 0 1 0 0-4.6a2.3 2.3 0 1 0 0 4.6M1.8 13.5c0-2.4 1.9-4 4.2-4s4.2 1.6 4.2 4M10.5 3a2.2 2.2 0 0 1 0 4.3M12 9.6c1.3.5 2.2 1.8 2.2 3.9",
  settings:
    "M8 5.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5M8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4",
} as const;

export type NavIconName = keyof typeof PATHS;

export function NavIcon({ name }: { name: NavIconName }) {
  return (
    <svg className="nav-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <path
        d={PATHS[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
