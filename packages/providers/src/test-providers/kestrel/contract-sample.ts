// What the connector contract suite needs from Kestrel: credentials, one signed notification and a settlement file.
import type { ContractSample } from "../../contract-sample.ts";
import { kestrelTestKit } from "./test-kit.ts";

const notification = kestrelTestKit.notification(
  "a",
  { uid: "T-1001", trackingId: "basket-7", amountMinor: 1250n, currency: "EUR", code: "K00" },
  new Date("2026-11-01T12:00:00Z"),
);

export const sample: ContractSample = {
  credentials: kestrelTestKit.credentials,
  webhook: { rawBody: notification.rawBody, path: notification.path, headers: notification.headers },
  reportFile: JSON.stringify({
    rows: [
      {
        ticket: "T-1001",
        kind: "payment",
        code: "K00",
        amount: "1250",
        fee: "19",
        currency: "EUR",
        at: "2026-11-01T12:00:00Z",
        settledAt: "2026-11-02T06:00:00Z",
      },
      {
        ticket: "R-1",
        parentTicket: "T-1001",
        kind: "refund",
        code: "K00",
        amount: "250",
        currency: "EUR",
        at: "2026-11-01T15:00:00Z",
      },
    ],
  }),
};
