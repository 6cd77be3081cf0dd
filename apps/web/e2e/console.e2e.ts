// The whole product in a browser: server in demo mode, sandbox traffic over real HTTP and signed webhooks.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeConsole, openConsole, shots } from "./console-session.ts";
import type { RunningServer } from "./server-process.ts";

describe("Paylens console", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openConsole({ width: 1440, height: 900 }));
  });
  afterAll(() => closeConsole({ server, browser }));

  it("serves /healthz on the embedded database", async () => {
    const health = (await (await fetch(`${server.url}/healthz`)).json()) as unknown;
    expect(health).toEqual({ ok: true, db: "pglite" });
  });

  it("shows all three providers' transactions in the table, and new ones keep arriving", async () => {
    await page.goto(server.url);
    const rows = page.locator("table tbody tr");
    await expect.poll(() => rows.count(), { timeout: 60_000, interval: 500 }).toBeGreaterThan(5);
    for (const name of [/beGateway/, /Antom/, /Pockyt/]) {
      await expect
        .poll(() => page.locator("table tbody").innerText(), { timeout: 30_000, interval: 1000 })
        .toMatch(name);
    }
    const before = await page.locator("table tbody").innerText();
    await expect
      .poll(async () => (await page.locator("table tbody").innerText()) !== before, { timeout: 30_000, interval: 1000 })
      .toBe(true);
    await page.screenshot({ path: `${shots}transactions.png`, fullPage: false });
  });

  it("opens a transaction's page with its decoded outcome and timeline", async () => {
    // beGateway's codes read S.0000 / F.0114; Antom and Pockyt rows have their own pages below.
    await page.locator("table tbody tr", { hasText: "beGateway" }).locator("a").first().click();
    await page.waitForURL(/\/transactions\/[0-9a-f-]{36}/);
    await expect.poll(() => page.locator("body").innerText(), { timeout: 15_000 }).toMatch(/Timeline/i);
    const text = await page.locator("body").innerText();
    expect(text).toMatch(/(S|F|P|E)\.\d{4}/);
    expect(text).not.toMatch(/\b4\d{15}\b/);
    await page.screenshot({ path: `${shots}transaction.png`, fullPage: true });
  });

  it.each([["antom"], ["pockyt"]])("shows a %s transaction's decoded outcome and timeline", async (provider) => {
    const input = encodeURIComponent(
      JSON.stringify({ json: { provider: [provider], status: ["successful"], limit: 1 } }),
    );
    let id: string | undefined;
    await expect
      .poll(
        async () => {
          // page.request carries the browser's session cookie: the API answers only signed-in callers.
          const reply = (await (
            await page.request.get(`${server.url}/trpc/transactions.list?input=${input}`)
          ).json()) as { result: { data: { json: { items: { id: string }[] } } } };
          id = reply.result.data.json.items[0]?.id;
          return id;
        },
        { timeout: 60_000, interval: 1000 },
      )
      .toBeDefined();
    await page.goto(`${server.url}/transactions/${id}`);
    await expect.poll(() => page.locator("body").innerText(), { timeout: 15_000 }).toMatch(/Timeline/i);
    const text = await page.locator("body").innerText();
    expect(text).toMatch(/Decoded outcome/i);
    expect(text).toMatch(/S · Successful/);
    expect(text).toMatch(provider === "antom" ? /Antom/ : /Pockyt/);
    expect(text).toMatch(/Webhook|Back-?fill|Poll/i);
    await page.screenshot({ path: `${shots}${provider}-transaction.png`, fullPage: true });
  });
});
