// What the connector contract suite needs from Pockyt: credentials and one correctly signed IPN (the Java SDK's test vector).
import { readFileSync } from "node:fs";
import type { ContractSample } from "../contract-sample.ts";

export const sample: ContractSample = {
  reportFile: readFileSync(new URL("./fixtures/report-lists.json", import.meta.url), "utf8"),
  credentials: { merchantNo: "200043", storeNo: "300014", apiToken: "5cbfb079f15b150122261c8537086d77a" },
  webhook: {
    rawBody: readFileSync(new URL("./fixtures/ipn-success.form", import.meta.url), "utf8").trim(),
    path: "/webhooks/pockyt/a",
    headers: { "content-type": "application/x-www-form-urlencoded" },
  },
};
