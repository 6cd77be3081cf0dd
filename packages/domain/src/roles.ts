// Who may do what. The API checks these on every procedure; the web only uses them to hide what would be refused.
export const ROLES = ["support", "ops", "finance", "admin"] as const;
export type Role = (typeof ROLES)[number];

// "finance" is reports, reconciliation and resolving mismatches; "dispute" is answering chargebacks (accept, evidence,
// notes), shared by ops and finance; "admin" also covers users, tokens and the security audit.
export const PERMISSIONS = [
  "read",
  "note",
  "act",
  "approve",
  "export",
  "settings",
  "finance",
  "dispute",
  "admin",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  support: ["read", "note", "export"],
  ops: ["read", "note", "export", "act", "approve", "settings", "dispute"],
  finance: ["read", "note", "export", "finance", "dispute"],
  admin: PERMISSIONS,
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Every permission the role holds: what `auth.me` sends, so the web hides exactly what the API would refuse. */
export function permissionsOf(role: Role): Permission[] {
  return PERMISSIONS.filter((permission) => can(role, permission));
}

// Sign-ins, failed sign-ins and user or token changes: only admins see these audit entries (they map who can get in).
export const SECURITY_ACTIONS = ["sign_in", "sign_in_failed", "sign_out"] as const;
export const SECURITY_PREFIXES = ["user.", "token."] as const;

export function isSecurityEvent(action: string): boolean {
  return (
    (SECURITY_ACTIONS as readonly string[]).includes(action) ||
    SECURITY_PREFIXES.some((prefix) => action.startsWith(prefix))
  );
}
