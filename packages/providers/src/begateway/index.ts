import type { Connector } from "../connector.ts";
import { begatewayMeta } from "./meta.ts";
import { IDENTIFIER_FIELDS } from "./map.ts";
import { begatewayClient } from "./client.ts";
import { begatewayCredentials, type BegatewayCredentials } from "./credentials.ts";
import { parseBegatewayDisputeWebhook, parseBegatewayWebhook, verifyBegatewayWebhook } from "./webhook.ts";
import { begatewaySettlementReport, parseBegatewayReportFile } from "./report.ts";

const json = (body: unknown) => ({ contentType: "application/json", body: JSON.stringify(body) });

export const begateway: Connector<BegatewayCredentials> = {
  provider: begatewayMeta.id,
  displayName: begatewayMeta.displayName,
  credentials: begatewayCredentials,
  // beGateway retries anything but a 200.
  identifierFields: IDENTIFIER_FIELDS,
  webhookReplies: {
    accepted: { statusCode: 200, ...json({ ok: true }) },
    rejected: { statusCode: 401, ...json({ error: "unauthorized" }) },
    malformed: { statusCode: 400, ...json({ error: "malformed notification" }) },
  },
  verifyWebhook: verifyBegatewayWebhook,
  parseWebhook: (rawBody) => parseBegatewayWebhook(rawBody),
  parseDisputeWebhook: (rawBody) => parseBegatewayDisputeWebhook(rawBody),
  ...begatewayClient,
  settlementReport: begatewaySettlementReport,
  parseSettlementFile: parseBegatewayReportFile,
};
