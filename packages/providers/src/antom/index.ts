import type { Connector } from "../connector.ts";
import { antomMeta } from "./meta.ts";
import { IDENTIFIER_FIELDS } from "./map.ts";
import { antomClient } from "./client.ts";
import { antomCredentials, type AntomCredentials } from "./credentials.ts";
import { parseAntomDisputeWebhook, parseAntomWebhook, verifyAntomWebhook } from "./webhook.ts";
import { antomSettlementReport, parseAntomSettlementFile } from "./report.ts";

const json = (body: unknown) => ({ contentType: "application/json", body: JSON.stringify(body) });

// Antom resends until it reads exactly this body (docs/providers/antom.md §6); anything else counts as not
// acknowledged.
export const ANTOM_ACK = { result: { resultCode: "SUCCESS", resultStatus: "S", resultMessage: "success" } };

export const antom: Connector<AntomCredentials> = {
  provider: antomMeta.id,
  displayName: antomMeta.displayName,
  credentials: antomCredentials,
  identifierFields: IDENTIFIER_FIELDS,
  webhookReplies: {
    accepted: { statusCode: 200, ...json(ANTOM_ACK) },
    rejected: {
      statusCode: 401,
      ...json({
        result: { resultCode: "INVALID_SIGNATURE", resultStatus: "F", resultMessage: "signature verification failed" },
      }),
    },
    malformed: {
      statusCode: 400,
      ...json({ result: { resultCode: "PARAM_ILLEGAL", resultStatus: "F", resultMessage: "malformed notification" } }),
    },
  },
  verifyWebhook: verifyAntomWebhook,
  parseWebhook: parseAntomWebhook,
  parseDisputeWebhook: parseAntomDisputeWebhook,
  ...antomClient,
  settlementReport: antomSettlementReport,
  parseSettlementFile: parseAntomSettlementFile,
};
