// A provider that exists only in tests (packages/providers/src/test-providers.ts: one folder, one registry line) goes
// through what a shipped one does, and this file never names it: a signed webhook to /webhooks/<provider>/<account>
// stored and applied, search by its own id kinds, its outcome codes decoded, and a refund against its API.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionRow } from "@paylens/db/queries/actions";
import { applyPendingInbox } from "@paylens/db/queries/inbox";
import { providerDefinitions } from "@paylens/providers/catalog";
import type { SignedNotification, TestProvider } from "@paylens/providers/test-provider";
import { registerTestProviders } from "@paylens/providers/test-providers";
import { startServerHarness, type ServerHarness, type Session } from "./actions/server-harness.ts";
import { parseStored } from "./workers/apply-inbox.ts";

const providers = registerTestProviders();

interface Found {
  items: {
    id: string;
    provider: string;
    providerUid: string;
    status: string;
    code: string | null;
    reason: string | null;
  }[];
}

describe.each(providers.map((provider) => [provider.definition.id, provider] as const))(
  "test provider %s through the server",
  (id, { definition, codes: catalogue, connector, kit }: TestProvider) => {
    let h: ServerHarness;
    let api: Awaited<ReturnType<typeof kit.startApi>>;
    let ops: Session;
    const accountId = "fixture-account";
    const codes = catalogue.list();
    const approved = codes.find((code) => code.letter === "S");
    const declined = codes.find((code) => code.letter === "F" && code.reason);
    const payment = {
      uid: `P-${randomUUID()}`,
      trackingId: `basket-${randomUUID()}`,
      amountMinor: 4200n,
      currency: "EUR",
    };

    beforeAll(async () => {
      api = await kit.startApi();
      h = await startServerHarness({
        accounts: [
          {
            account: { id: accountId, provider: id, name: `${definition.displayName} test`, baseUrl: api.url },
            credentials: kit.credentials,
            demo: false,
          },
        ],
      });
      ops = await h.signIn("ops@paylens.demo");
    }, 60_000);
    afterAll(async () => {
      await h.close();
      await api.close();
    });

    const post = (notification: SignedNotification, rawBody = notification.rawBody) =>
      h.server.app.inject({ method: "POST", url: notification.path, payload: rawBody, headers: notification.headers });
    const search = async (q: string) => (await h.query<Found>("transactions.search", { q }, ops)).data.items;

    it("is in the catalogue the API reads, with codes of every kind the test needs", () => {
      expect(providerDefinitions().map((d) => d.id)).toContain(id);
      expect(approved?.code).toBeTruthy();
      expect(declined?.code).toBeTruthy();
    });

    it("stores a signed webhook before answering as the provider expects, and applies it once", async () => {
      const notification = kit.notification(accountId, { ...payment, code: approved?.code ?? "" });
      expect(notification.path).toBe(`/webhooks/${id}/${accountId}`);
      for (let attempt = 0; attempt < 2; attempt++) {
        const reply = await post(notification);
        expect(reply.statusCode).toBe(connector.webhookReplies.accepted.statusCode);
        expect(reply.body).toBe(connector.webhookReplies.accepted.body);
      }
      const tampered = await post(notification, notification.rawBody.replace("4200", "4201"));
      expect(tampered.statusCode).toBe(connector.webhookReplies.rejected.statusCode);
      expect(await applyPendingInbox(h.database.db, parseStored)).toEqual({ applied: 1, duplicate: 1, failed: 0 });
    });

    it("is found by its own id kinds' search keys, by bare id and by provider", async () => {
      const keys = [
        ...definition.ids.uid.searchKeys.map((key) => `${key}:${payment.uid}`),
        ...definition.ids.tracking.searchKeys.map((key) => `${key}:${payment.trackingId}`),
      ];
      expect(keys.length).toBeGreaterThan(0);
      for (const q of [...keys, payment.uid, `provider:${id} status:successful`]) {
        const items = await search(q);
        expect(
          items.map((item) => [item.provider, item.providerUid, item.status]),
          q,
        ).toEqual([[id, payment.uid, "successful"]]);
      }
    });

    it("decodes its outcome codes: a declined payment carries its catalogue's reason, and the codes list counts it", async () => {
      const uid = `P-${randomUUID()}`;
      const notification = kit.notification(accountId, { ...payment, uid, code: declined?.code ?? "" });
      expect((await post(notification)).statusCode).toBe(connector.webhookReplies.accepted.statusCode);
      await applyPendingInbox(h.database.db, parseStored);
      const [row] = await search(`${definition.ids.uid.searchKeys[0] ?? "uid"}:${uid}`);
      expect(row).toMatchObject({ status: "failed", code: declined?.code, reason: declined?.reason });
      const listed = await h.query<{ provider: string; code: string; message: string | null; count: number }[]>(
        "codes.list",
        {},
        ops,
      );
      expect(listed.data.find((code) => code.provider === id && code.code === declined?.code)).toMatchObject({
        message: declined?.message,
        count: 1,
      });
    });

    it("refunds through the API against the provider's API: the refund is the payment's child", async () => {
      const [paid] = await search(payment.uid);
      if (!paid) throw new Error("payment not found");
      const refund = await h.mutate<ActionRow>(
        "actions.request",
        {
          idempotencyKey: randomUUID(),
          transactionId: paid.id,
          kind: "refund",
          amountMinor: 1200n,
          reason: "returned",
        },
        ops,
      );
      expect(refund.error).toBeNull();
      expect(refund.data.state).toBe("succeeded");
      const left = await h.query<{ refundableMinor: bigint }>(
        "actions.forTransaction",
        { transactionId: paid.id },
        ops,
      );
      expect(left.data.refundableMinor).toBe(3000n);
      const refunds = await search(`provider:${id} type:refund`);
      expect(refunds).toHaveLength(1);
    });
  },
);
