// What the connector contract suite needs from Antom: credentials and one notifyPayment signed over the notify path.
import { generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import type { ContractSample } from "../contract-sample.ts";
import { signatureHeader, signContent } from "./sign.ts";

const antomKeys = generateKeyPairSync("rsa", { modulusLength: 2048 });
const merchantKeys = generateKeyPairSync("rsa", { modulusLength: 2048 });
const rawBody = readFileSync(new URL("./fixtures/seed-notify-payment.json", import.meta.url), "utf8");
const clientId = "SANDBOX_5Y00000000000001";
const time = "2026-11-23T06:20:07+00:00";
const path = "/webhooks/antom/a";

export const sample: ContractSample = {
  reportFile: readFileSync(new URL("./fixtures/settlement-details.csv", import.meta.url), "utf8"),
  credentials: {
    clientId,
    merchantPrivateKey: merchantKeys.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    antomPublicKey: antomKeys.publicKey.export({ type: "spki", format: "pem" }).toString(),
  },
  webhook: {
    rawBody,
    path,
    headers: {
      "client-id": clientId,
      "request-time": time,
      signature: signatureHeader(signContent({ path, clientId, time, body: rawBody }, antomKeys.privateKey)),
    },
  },
};
