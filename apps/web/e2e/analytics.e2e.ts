// Analytics, alerts and sandbox incidents against the real server in demo mode.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeConsole, openConsole, shots } from "./console-session.ts";
import type { RunningServer } from "./server-process.ts";

describe("Paylens analytics", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openConsole({ width: 1440, height: 900 }));
  });
  afterAll(() => closeConsole({ server, browser }));

  it("renders the approval chart with data and every panel", { timeout: 240_000 }, async () => {
    await page.goto(`${server.url}/analytics?range=30d`);
    const approval = page.getByRole("region", { name: "Approval rate" });
    await expect
      .poll(() => approval.locator(".recharts-line-curve").count(), { timeout: 60_000, interval: 1000 })
      .toBeGreaterThan(0);
    await expect
      .poll(() => approval.locator(".figure dd").first().innerText(), { timeout: 30_000 })
      .toMatch(/^\d+(\.\d+)?%$/);
    expect(await page.locator("body").innerText()).toMatch(/approved ÷ \(approved \+ declined\)/i);
    // A fresh server fills its rollups as traffic arrives; the panels refetch every 30 s.
    for (const name of ["Breakdown", "Decline reasons", "Webhook lag", "Provider latency"]) {
      await expect
        .poll(() => page.getByRole("region", { name }).locator("table tbody tr").count(), {
          timeout: 75_000,
          interval: 1000,
        })
        .toBeGreaterThan(0);
    }
    await page.screenshot({ path: `${shots}analytics.png`, fullPage: true });
  });

  it("opens the transactions table filtered to a breakdown segment", async () => {
    const link = page.getByRole("region", { name: "Breakdown" }).locator("tbody tr a").first();
    const segment = await link.innerText();
    await link.click();
    await page.waitForURL(/\/transactions\?q=/);
    const q = new URL(page.url()).searchParams.get("q") ?? "";
    expect(q).toContain(segment);
    await expect.poll(() => page.locator("table tbody tr").count(), { timeout: 30_000 }).toBeGreaterThan(0);
  });

  it("shows the sandbox incident switches in Settings", async () => {
    await page.goto(`${server.url}/settings`);
    await expect.poll(() => page.getByRole("button", { name: "Turn on" }).count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByRole("group", { name: "Antom webhooks" }).count()).toBe(1);
    expect(await page.getByRole("spinbutton", { name: "Pockyt slow-down (×)" }).count()).toBe(1);
    await page.screenshot({ path: `${shots}settings.png`, fullPage: true });
  });
});
