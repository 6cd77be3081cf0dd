// Who may call each procedure: one table, read by the procedures themselves and walked by the role-matrix test.
import type { Permission } from "@paylens/domain/roles";
import { procedureWith } from "./trpc.ts";

/** "public": anyone, signed in or not (health, sign-in, "who am I"); otherwise the permission the role must hold. */
export type AccessRule = Permission | "public";

export const ACCESS_RULES = {
  "health.check": "public",
  "auth.me": "public",
  "auth.signIn": "public",
  "auth.signOut": "public",
  // Every role reads; the language is the signed-in person's own setting.
  "auth.setLanguage": "read",

  "transactions.list": "read",
  "transactions.byId": "read",
  "transactions.search": "read",
  "transactions.totals": "read",
  "codes.list": "read",
  "views.list": "read",
  "views.save": "read",
  "views.remove": "read",
  "analytics.approval": "read",
  "analytics.breakdown": "read",
  "analytics.declines": "read",
  "analytics.webhookLag": "read",
  "analytics.latency": "read",
  "analytics.disputeRate": "read",
  "analytics.disputeBreakdown": "read",
  "alerts.list": "read",
  "alerts.active": "read",
  "alerts.deliveries": "read",
  "alerts.mutes": "read",
  "alerts.acknowledge": "act",
  "alerts.mute": "settings",
  "alerts.unmute": "settings",
  // Channels name people's addresses and hold secrets (shown only as hints): those who change settings manage them.
  "alertChannels.list": "settings",
  "alertChannels.create": "settings",
  "alertChannels.update": "settings",
  "alertChannels.test": "settings",
  // A scheduled report sends what its owner could export by hand.
  "reportSchedules.list": "export",
  "reportSchedules.channels": "export",
  "reportSchedules.save": "export",
  "reportSchedules.setPaused": "export",
  "reportSchedules.remove": "export",
  "incidents.state": "read",
  // Every role sees the refund approval limits (the transaction page shows them); only an admin changes them.
  "approvalLimits.list": "read",
  "approvalLimits.set": "admin",
  "incidents.set": "settings",

  "users.list": "admin",
  "users.create": "admin",
  "users.update": "admin",
  "users.tokens": "admin",
  "users.createToken": "admin",
  "users.revokeToken": "admin",

  "actions.forTransaction": "read",
  "actions.get": "read",
  "actions.awaitingApproval": "read",
  "actions.request": "act",
  "actions.approve": "approve",
  "actions.decline": "approve",
  "actions.check": "act",
  "actions.reprocessWebhook": "act",

  "notes.list": "read",
  "notes.add": "note",
  // Security events inside the list are admin-only: the procedure leaves them out for other roles.
  "audit.list": "read",

  "finance.accounts": "read",
  "finance.settlements": "read",
  "finance.settlementDay": "read",
  "finance.balances": "read",
  "finance.transactionLedger": "read",
  "finance.reports": "read",
  "finance.mismatches": "read",
  "finance.fetchReports": "finance",
  "finance.uploadReport": "finance",
  "finance.reconcile": "finance",
  "finance.resolve": "finance",

  "webhooks.list": "read",
  "webhooks.counts": "read",
  "webhooks.byId": "read",

  // Support reads the queue; ops and finance answer disputes (accept, evidence, notes).
  "disputes.list": "read",
  "disputes.byId": "read",
  "disputes.forTransaction": "read",
  "disputes.accept": "dispute",
  "disputes.addNote": "dispute",
  "disputes.submitEvidence": "dispute",
  // Recording a dispute by hand and deciding it move money in the ledger: finance's (and admin's), not ops'.
  "disputes.record": "finance",
  "disputes.setOutcome": "finance",
} as const satisfies Record<string, AccessRule>;

export type ProcedurePath = keyof typeof ACCESS_RULES;
type GuardedPath = { [P in ProcedurePath]: (typeof ACCESS_RULES)[P] extends Permission ? P : never }[ProcedurePath];

/** The procedure builder for `path`, checking the table's permission before the input is parsed. */
export function procedureFor(path: GuardedPath) {
  return procedureWith(ACCESS_RULES[path] as Permission);
}
