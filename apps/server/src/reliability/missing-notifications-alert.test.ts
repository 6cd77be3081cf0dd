// Issue 16's acceptance, on the real server process in demo mode with time compressed (the alert rules judge seconds
// instead of minutes): with PAYLENS_ALERT_WEBHOOK_URL set, stopping Antom's webhooks delivers a signed
// missing-notifications alert to the receiver, and switching them back delivers its resolution.
import { randomBytes } from "node:crypto";
import { EventEmitter } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, describe, expect, it } from "vitest";
import { apiToken } from "../demo-token.ts";
import { readEnv } from "../env.ts";
import { runIncident } from "../incident-command.ts";
import type { AlertNotice } from "../alert-delivery/notice.ts";
import { type ServerProcess, spawnServer } from "./server-process.ts";
import { serverStore } from "./server-store.ts";

const secret = `whsec_${randomBytes(32).toString("base64")}`;

// A payment is overdue 4 s after it started, whatever the demo's webhook lag (20 × its median, tens of seconds, would
// otherwise set the wait once the lag rollup has a few seconds of data); the rule judges the 8 s of payments before.
const OVERDUE_MS = 4_000;
const WINDOW_MS = 8_000;
const EVERY_MS = 500;

/** A receiver that keeps only what verifies against the secret, as a real one would. */
function signedReceiver() {
  const notices: AlertNotice[] = [];
  const arrived = new EventEmitter();
  let unsigned = 0;
  const server: Server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      try {
        notices.push(
          new Webhook(secret).verify(body, {
            "webhook-id": String(request.headers["webhook-id"]),
            "webhook-timestamp": String(request.headers["webhook-timestamp"]),
            "webhook-signature": String(request.headers["webhook-signature"]),
          }) as AlertNotice,
        );
        response.statusCode = 204;
        arrived.emit("notice");
      } catch {
        unsigned++;
        response.statusCode = 400;
      }
      response.end();
    });
  });
  /** Resolves with what `find` sees once a notice makes it true (checked at each arrival, no polling). */
  const waitFor = <T>(what: string, find: () => T | undefined, timeoutMs: number, output: () => string) =>
    new Promise<T>((resolve, reject) => {
      const check = () => {
        const found = find();
        if (found === undefined) return;
        clearTimeout(timer);
        arrived.off("notice", check);
        resolve(found);
      };
      const timer = setTimeout(() => {
        arrived.off("notice", check);
        reject(new Error(`${what} did not arrive in ${timeoutMs / 1000} s:\n${output().slice(-3000)}`));
      }, timeoutMs);
      arrived.on("notice", check);
      check();
    });
  return { server, notices, waitFor, unsigned: () => unsigned };
}

describe("missing notifications reach the alert webhook", () => {
  const receiver = signedReceiver();
  let store: Awaited<ReturnType<typeof serverStore>> | null = null;
  let server: ServerProcess | null = null;
  afterAll(async () => {
    await server?.stop();
    await store?.close();
    await new Promise((resolve) => receiver.server.close(resolve));
  });

  it(
    "delivers a signed alert when Antom's webhooks stop and its resolution when they are back",
    { timeout: 400_000 },
    async () => {
      await new Promise<void>((resolve) => receiver.server.listen(0, "127.0.0.1", resolve));
      const receiverUrl = `http://127.0.0.1:${(receiver.server.address() as AddressInfo).port}/paylens-alerts`;
      store = await serverStore("missing-alert");
      server = await spawnServer({
        ...store.env,
        PAYLENS_DEMO_RATE: "20",
        PAYLENS_DEMO_BACKFILL: "0",
        PAYLENS_ALERT_EVERY_MS: String(EVERY_MS),
        PAYLENS_ALERT_WINDOW_MS: String(WINDOW_MS),
        PAYLENS_ALERT_MISSING_AFTER_MS: String(OVERDUE_MS),
        PAYLENS_ALERT_MISSING_MAX_MS: String(OVERDUE_MS),
        PAYLENS_ALERT_WEBHOOK_URL: receiverUrl,
        PAYLENS_ALERT_WEBHOOK_SECRET: secret,
      });
      const running = server;
      const token = apiToken(readEnv({ PAYLENS_DATA_DIR: store.dir }));
      const missingAlerts = () => receiver.notices.filter((n) => n.data.rule === "missing-notifications");

      // Normal traffic for longer than the wait plus the window, judged a few times: payments are notified, nothing is
      // missing. The rule is about elapsed time, so this wait is time.
      await new Promise((resolve) => setTimeout(resolve, OVERDUE_MS + WINDOW_MS + 4 * EVERY_MS));
      expect(missingAlerts()).toEqual([]);

      await runIncident(["webhooks", "antom", "stopped"], running.url, token);
      const opened = await receiver.waitFor(
        "the missing-notifications alert",
        () => missingAlerts().find((n) => n.type === "alert.opened"),
        120_000,
        running.output,
      );
      expect(opened.data.figures.provider).toBe("antom");
      expect(opened.data.figures.overdueAfterMs).toBe(OVERDUE_MS);
      expect(Number(opened.data.figures.waiting)).toBeGreaterThanOrEqual(5);
      expect(opened.data.url).toBe(`${running.url}/alerts?state=all&alert=${opened.data.id}`);
      // Only Antom stopped: the other providers' accounts are not reported.
      expect(missingAlerts().every((n) => n.data.figures.provider === "antom")).toBe(true);

      await runIncident(["webhooks", "antom", "normal"], running.url, token);
      const resolved = await receiver.waitFor(
        "its resolution",
        () => missingAlerts().find((n) => n.type === "alert.resolved" && n.data.id === opened.data.id),
        120_000,
        running.output,
      );
      expect(resolved.data.endedAt).not.toBeNull();
      expect(receiver.unsigned()).toBe(0);
    },
  );
});
