// Who may do what. The API checks these on every procedure; the web only uses them to hide what would be refused.
export const ROLES = ["support", "ops", "finance", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = ["read", "note", "act", "approve", "export", "settings", "admin"] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  support: ["read", "note", "export"],
  ops: ["read", "note", "export", "act", "approve", "settings"],
  finance: ["read", "note", "export"],
  admin: PERMISSIONS,
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
