import { alerts } from "./alerts.ts";
import { analytics } from "./analytics.ts";
import { approvals } from "./approvals.ts";
import { audit } from "./audit.ts";
import { codes } from "./codes.ts";
import { common } from "./common.ts";
import { disputeWords } from "./disputeWords.ts";
import { disputes } from "./disputes.ts";
import { errors } from "./errors.ts";
import { notFound, signIn } from "./pages.ts";
import { reports } from "./reports.ts";
import { settings } from "./settings.ts";
import { settlements } from "./settlements.ts";
import { shell } from "./shell.ts";
import { transaction } from "./transaction.ts";
import { transactions } from "./transactions.ts";
import { users } from "./users.ts";
import { vocab } from "./vocab.ts";
import { webhooks } from "./webhooks.ts";

export const pl = {
  alerts,
  analytics,
  approvals,
  audit,
  codes,
  common,
  disputeWords,
  disputes,
  errors,
  signIn,
  notFound,
  reports,
  settings,
  settlements,
  shell,
  transaction,
  transactions,
  users,
  vocab,
  webhooks,
};
