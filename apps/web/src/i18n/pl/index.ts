import { alerts } from "./alerts.ts";
import { analytics } from "./analytics.ts";
import { common } from "./common.ts";
import { disputeWords } from "./disputeWords.ts";
import { disputes } from "./disputes.ts";
import { notFound, signIn } from "./pages.ts";
import { settlements } from "./settlements.ts";
import { shell } from "./shell.ts";
import { transaction } from "./transaction.ts";
import { transactions } from "./transactions.ts";
import { vocab } from "./vocab.ts";
import { webhooks } from "./webhooks.ts";

export const pl = {
  alerts,
  analytics,
  common,
  disputeWords,
  disputes,
  signIn,
  notFound,
  settlements,
  shell,
  transaction,
  transactions,
  vocab,
  webhooks,
};
