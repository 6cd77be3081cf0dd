import type { Connector } from "../../connector.ts";
import { kestrelClient } from "./client.ts";
import { kestrelCredentials, type KestrelCredentials } from "./credentials.ts";
import { IDENTIFIER_FIELDS } from "./map.ts";
import { kestrelCodes, kestrelMeta } from "./meta.ts";
import { kestrelSettlementReport, parseKestrelReportFile } from "./report.ts";
import { kestrelTestKit } from "./test-kit.ts";
import { parseKestrelWebhook, verifyKestrelWebhook } from "./webhook.ts";

const json = (body: unknown) => ({ contentType: "application/json", body: JSON.stringify(body) });

export const kestrelConnector: Connector<KestrelCredentials> = {
  provider: kestrelMeta.id,
  displayName: kestrelMeta.displayName,
  credentials: kestrelCredentials,
  identifierFields: IDENTIFIER_FIELDS,
  webhookReplies: {
    accepted: { statusCode: 200, ...json({ received: true }) },
    rejected: { statusCode: 401, ...json({ received: false, error: "bad signature" }) },
    malformed: { statusCode: 400, ...json({ received: false, error: "malformed" }) },
  },
  verifyWebhook: verifyKestrelWebhook,
  parseWebhook: parseKestrelWebhook,
  ...kestrelClient,
  settlementReport: kestrelSettlementReport,
  parseSettlementFile: parseKestrelReportFile,
};

/** Everything the registry and the tests need of this provider. */
export const kestrel = {
  definition: kestrelMeta,
  codes: kestrelCodes,
  connector: kestrelConnector,
  kit: kestrelTestKit,
};
