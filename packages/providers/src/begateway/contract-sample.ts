// What the connector contract suite needs from beGateway: credentials and one correctly signed webhook.
import { generateKeyPairSync, sign } from "node:crypto";
import { readFileSync } from "node:fs";
import type { ContractSample } from "../contract-sample.ts";

const keys = generateKeyPairSync("rsa", { modulusLength: 2048 });
const rawBody = readFileSync(new URL("./fixtures/seed-v3-incomplete.json", import.meta.url), "utf8");

export const sample: ContractSample = {
  reportFile: readFileSync(new URL("./fixtures/report-v3.json", import.meta.url), "utf8"),
  credentials: {
    shopId: "361",
    secretKey: "k",
    webhookPublicKey: keys.publicKey.export({ type: "spki", format: "pem" }).toString(),
  },
  webhook: {
    rawBody,
    path: "/webhooks/begateway/a",
    headers: { "content-signature": sign("sha256", Buffer.from(rawBody), keys.privateKey).toString("base64") },
  },
};
