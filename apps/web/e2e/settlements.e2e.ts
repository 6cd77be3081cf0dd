// Finance end to end: a finance user opens Settlements on the demo server, drills into a day, and exports the CSV.
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeConsole, openConsole, shots } from "./console-session.ts";
import type { RunningServer } from "./server-process.ts";

const VIEWPORT = { width: 1440, height: 900 };

describe("settlements", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openConsole(VIEWPORT, "finance"));
  });
  afterAll(() => closeConsole({ server, browser }));

  it("opens settlements, drills into a day and exports the CSV", async () => {
    await page.goto(`${server.url}/settlements`);
    const days = page.getByRole("table", { name: "Settlement days" });
    // The demo back-fill lands over the first seconds: wait until the ledger has a day to show.
    await expect.poll(async () => { await page.reload(); return days.locator("tbody tr").count(); }, { timeout: 90_000, interval: 3000 }).toBeGreaterThan(0);
    const keys = await days.locator("tbody tr").evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll("td")].slice(0, 3).map((td) => td.textContent ?? "").join("|")));
    const first = days.locator("tbody tr").first();
    const [day, , account] = (await first.locator("td").allTextContents()).map((text) => text.trim());
    await page.screenshot({ path: `${shots}settlements.png`, fullPage: true });

    await first.getByRole("button", { name: /^Open / }).click();
    const panel = page.getByRole("table", { name: "Day transactions" });
    await panel.locator("tbody tr").first().waitFor();
    expect(await panel.locator("tbody tr").count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get("day")).toBe(day);
    expect(new URL(page.url()).searchParams.get("dayAccount")).toBe(account);
    await page.getByRole("region", { name: `Transactions of ${day}` }).screenshot({ path: `${shots}settlements-day.png` });

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Settlements CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^settlements-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync(await download.path(), "utf8").trimEnd().split("\n");
    expect(lines[0]).toBe("day,time_zone,provider,account_id,currency,transactions,captured,refunded,fees,net,settled,outstanding,captured_minor,refunded_minor,fees_minor,net_minor,settled_minor,outstanding_minor");
    const exported = new Set(lines.slice(1).map((line) => line.split(",").slice(0, 4).filter((_, i) => i !== 1).join("|")));
    // Every day row on screen is in the file (live traffic may add rows, never remove them).
    for (const key of keys) expect(exported, key).toContain(key);

    // Reconcile the period against the reports the demo imported at start-up (or none yet) and photograph the result.
    await page.getByRole("button", { name: "Reconcile" }).click();
    await page.getByRole("status").filter({ hasText: /Reconciled \d+ transactions/ }).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: `${shots}settlements-reconciled.png`, fullPage: true });
  });
});
