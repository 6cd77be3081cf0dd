import type { Connector } from "../connector.ts";
import { pockytMeta, pockytTestAccount } from "./meta.ts";
import { IDENTIFIER_FIELDS } from "./map.ts";
import { pockytClient } from "./client.ts";
import { pockytCredentials, type PockytCredentials } from "./credentials.ts";
import { parsePockytWebhook, verifyPockytWebhook } from "./webhook.ts";
import { parsePockytReportFile, pockytSettlementReport } from "./report.ts";

const text = (body: string) => ({ contentType: "text/plain; charset=utf-8", body });

export const pockyt: Connector<PockytCredentials> = {
  provider: pockytMeta.id,
  displayName: pockytMeta.displayName,
  credentials: pockytCredentials,
  // Pockyt resends (8 times over 2 hours) until the body is exactly "success".
  identifierFields: IDENTIFIER_FIELDS,
  webhookReplies: {
    accepted: { statusCode: 200, ...text("success") },
    rejected: { statusCode: 401, ...text("fail") },
    malformed: { statusCode: 400, ...text("malformed notification") },
  },
  // IPNs carry no test flag: the account's host says sandbox or live (docs/providers/pockyt.md §10).
  testAccount: (account) => pockytTestAccount(account.baseUrl),
  verifyWebhook: verifyPockytWebhook,
  parseWebhook: parsePockytWebhook,
  pay: pockytClient.pay,
  authorize: pockytClient.authorize,
  capture: pockytClient.capture,
  void: pockytClient.void,
  refund: pockytClient.refund,
  query: pockytClient.query,
  settlementReport: pockytSettlementReport,
  parseSettlementFile: parsePockytReportFile,
};
