// Signed-in people, operator actions and audit entries for tests and `vite --mode mock`.
import type { ActionRow, AuditItem, Permission, Principal, Role } from "../lib/api-types.ts";

// What auth.me answers per role (domain/roles.ts permissionsOf): the web may not import the domain, so mock mode spells it out.
const PERMISSIONS_OF: Record<Role, Permission[]> = {
  support: ["read", "note", "export"],
  ops: ["read", "note", "export", "act", "approve", "settings"],
  finance: ["read", "note", "export", "finance"],
  admin: ["read", "note", "act", "approve", "export", "settings", "finance", "admin"],
};

/** A signed-in person as auth.signIn answers (e-mail and CSRF token always set). */
export function makePrincipal(role: Role, name: string, n = 1): Principal & { email: string; csrfToken: string } {
  return {
    id: `10000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`,
    name,
    email: `${role}${n > 1 ? n : ""}@paylens.demo`,
    role,
    permissions: PERMISSIONS_OF[role],
    csrfToken: `csrf-${role}-${n}`,
  };
}

export const OPS = makePrincipal("ops", "Olga Ops", 1);
export const OPS2 = makePrincipal("ops", "Omar Ops", 2);
export const SUPPORT = makePrincipal("support", "Sam Support", 3);
export const FINANCE = makePrincipal("finance", "Fay Finance", 4);
export const ADMIN = makePrincipal("admin", "Ada Admin", 5);
export const DEMO_PEOPLE = [OPS, OPS2, SUPPORT, FINANCE, ADMIN];
export const DEMO_PASSWORD = "paylens-demo";

let actionCount = 0;

export function makeAction(
  fields: Partial<ActionRow> & Pick<ActionRow, "transactionId" | "kind" | "state">,
): ActionRow {
  actionCount += 1;
  const at = fields.createdAt ?? new Date("2026-11-23T12:05:00Z");
  return {
    id: `20000000-0000-4000-8000-${actionCount.toString(16).padStart(12, "0")}`,
    idempotencyKey: `key-${actionCount}`,
    amountMinor: null,
    currency: null,
    reason: null,
    requestedBy: OPS.id,
    requestedByName: OPS.name,
    approvedBy: null,
    approvedByName: null,
    retryOf: null,
    childTransactionId: null,
    outcome: null,
    error: null,
    sentAt: at,
    finishedAt: null,
    nextCheckAt: null,
    ...fields,
    createdAt: at,
  };
}

export function makeAuditItem(id: number, fields: Partial<AuditItem> & Pick<AuditItem, "action">): AuditItem {
  return {
    id: BigInt(id),
    at: new Date(Date.UTC(2026, 10, 23, 12, 0, id)),
    actor: OPS.id,
    actorName: OPS.name,
    role: "ops",
    ip: "203.0.113.7",
    transactionId: null,
    subject: null,
    before: null,
    after: null,
    ...fields,
  };
}
