// One suite over every connector in the registry: what the webhook route, the workers and the API rely on.
import { existsSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { containsPan } from "@paylens/domain/card";
import { PayloadError } from "./connector.ts";
import type { ContractSample } from "./contract-sample.ts";
import { PROVIDER_IDS, providerDefinition } from "./catalog.ts";
import { listCodes } from "./code-catalogue.ts";
import { connectorFor, connectors, registeredConnectors } from "./connectors.ts";
import { registerTestProviders } from "./test-providers.ts";

// The test-only providers go through the same suite as the shipped ones.
const testProviders = registerTestProviders();

// Samples live in each provider's own folder, found by name: adding a provider adds no line here.
const samples = new Map<string, ContractSample>();
for (const folder of [".", "./test-providers"]) {
  for (const entry of readdirSync(new URL(`${folder}/`, import.meta.url), { withFileTypes: true })) {
    const file = new URL(`${folder}/${entry.name}/contract-sample.ts`, import.meta.url);
    if (entry.isDirectory() && existsSync(file))
      samples.set(entry.name, ((await import(file.href)) as { sample: ContractSample }).sample);
  }
}
const sampleFor = (provider: string) => samples.get(provider);

const garbage = [
  "",
  "{",
  "null",
  "[]",
  "[1,2]",
  '{"a":1}',
  "\u0000\u0001",
  "%%%=&&&",
  "x".repeat(10_000),
  '{"uid":"\\u0000"}',
];

describe("the registry", () => {
  it("has a connector for every catalogued provider, keyed by its own id, named as its definition", () => {
    expect(Object.keys(connectors)).toEqual([...PROVIDER_IDS]);
    for (const provider of PROVIDER_IDS) {
      expect(connectorFor(provider)?.provider).toBe(provider);
      expect(connectorFor(provider)?.displayName).toBe(providerDefinition(provider)?.displayName);
    }
    expect(connectorFor("nope")).toBeNull();
    expect(providerDefinition("nope")).toBeNull();
  });

  it("takes a test provider only by registration, never into the shipped lists", () => {
    expect(testProviders.length).toBeGreaterThan(0);
    for (const { definition, connector } of testProviders) {
      expect(PROVIDER_IDS).not.toContain(definition.id);
      expect(Object.keys(connectors)).not.toContain(definition.id);
      expect(connectorFor(definition.id)).toBe(connector);
      expect(providerDefinition(definition.id)).toBe(definition);
      expect(connector.displayName).toBe(definition.displayName);
    }
  });

  it("lists every catalogued provider's codes, each decoded as its own decoder reads it", () => {
    const codes = listCodes();
    for (const provider of PROVIDER_IDS) expect(codes.some((code) => code.provider === provider)).toBe(true);
  });
});

describe.each(registeredConnectors().map((connector) => [connector.provider, connector] as const))(
  "connector %s",
  (provider, connector) => {
    const sample = sampleFor(provider);

    it("has a contract sample beside it", () => {
      expect(sample).toBeDefined();
    });

    it("refuses empty credentials and accepts its sample's", () => {
      expect(connector.credentials.safeParse({}).success).toBe(false);
      expect(connector.credentials.safeParse(sample?.credentials).success).toBe(true);
    });

    it("answers an accepted webhook with 2xx and anything else with a 4xx the provider will not take as success", () => {
      const { accepted, rejected, malformed } = connector.webhookReplies;
      expect(accepted.statusCode).toBeGreaterThanOrEqual(200);
      expect(accepted.statusCode).toBeLessThan(300);
      for (const reply of [rejected, malformed]) {
        expect(reply.statusCode).toBeGreaterThanOrEqual(400);
        expect(reply.statusCode).toBeLessThan(500);
        expect(reply.body).not.toBe(accepted.body);
      }
    });

    it("verifies its sample webhook, and rejects it tampered or replaced", () => {
      if (!sample) return;
      const credentials = connector.credentials.parse(sample.credentials);
      const input = {
        credentials,
        headers: sample.webhook.headers,
        rawBody: sample.webhook.rawBody,
        path: sample.webhook.path,
      };
      expect(connector.verifyWebhook(input).ok).toBe(true);
      const tampered = sample.webhook.rawBody.replace(/\d(?=\D*$)/, (digit: string) =>
        String((Number(digit) + 1) % 10),
      );
      expect(tampered).not.toBe(sample.webhook.rawBody);
      expect(connector.verifyWebhook({ ...input, rawBody: tampered }), "tampered body").toMatchObject({ ok: false });
      // Some providers sign in headers, some in the body: neither alone vouches for another body.
      for (const other of ["", "{}", "status=success&reference=x"])
        expect(connector.verifyWebhook({ ...input, rawBody: other }).ok).toBe(false);
    });

    it("parses its sample into a snapshot of its own provider with exact money and a stable dedup key", () => {
      if (!sample) return;
      const parsed = connector.parseWebhook(sample.webhook.rawBody, sample.webhook.headers);
      expect(parsed.snapshot.provider).toBe(provider);
      expect(typeof parsed.snapshot.amountMinor).toBe("bigint");
      expect(parsed.snapshot.currency).toMatch(/^[A-Z]{3}$/);
      expect(parsed.snapshot.providerUid.length).toBeGreaterThan(0);
      expect(parsed.dedupKey.length).toBeGreaterThan(0);
      expect(connector.parseWebhook(sample.webhook.rawBody, sample.webhook.headers).dedupKey).toBe(parsed.dedupKey);
      expect(containsPan(JSON.stringify(parsed.snapshot.raw))).toBe(false);
    });

    it("reads its sample report file into rows with exact minor units, a refund linked to its payment", () => {
      if (!sample) return;
      const rows = connector.parseSettlementFile(sample.reportFile);
      const payment = rows.find((r) => r.type === "payment");
      const refund = rows.find((r) => r.type === "refund");
      expect(payment?.status).toBe("successful");
      expect(typeof payment?.amountMinor).toBe("bigint");
      expect(payment?.amountMinor).toBeGreaterThan(0n);
      expect(payment?.feeMinor).toBeGreaterThan(0n);
      expect(payment?.settledAt).toBeInstanceOf(Date);
      expect(refund?.parentProviderUid).toBe(payment?.providerUid);
      for (const row of rows) expect(row.currency).toMatch(/^[A-Z]{3}$/);
    });

    it.each(garbage.map((body) => [body.slice(0, 20)] as const))(
      "refuses a report file that is not one with a PayloadError: %j",
      (prefix) => {
        const body = garbage.find((candidate) => candidate.slice(0, 20) === prefix) ?? "";
        expect(() => connector.parseSettlementFile(body)).toThrow(PayloadError);
      },
    );

    it.each(garbage.map((body) => [body.slice(0, 20)] as const))(
      "throws a PayloadError, never anything else, for %j",
      (prefix) => {
        const body = garbage.find((candidate) => candidate.slice(0, 20) === prefix) ?? "";
        expect(() => connector.parseWebhook(body, {})).toThrow(PayloadError);
      },
    );
  },
);
