// Support search end to end: the real server in demo mode, its sandbox traffic, and Debian's Chromium.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeConsole, openConsole, shots, signIn } from "./console-session.ts";
import type { RunningServer } from "./server-process.ts";

const VIEWPORT = { width: 1280, height: 800 };

/** The transaction ids of the table's rows, in order. */
function rowIds(page: Page): Promise<string[]> {
  return page
    .locator("table tbody tr a.row-link")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
}

async function search(page: Page, text: string): Promise<void> {
  const box = page.getByRole("searchbox", { name: "Search transactions" });
  await box.fill(text);
  await box.press("Enter");
}

describe("support search", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openConsole(VIEWPORT));
  });
  afterAll(() => closeConsole({ server, browser }));

  it("finds a transaction first by the tracking id taken from the table", async () => {
    await page.goto(`${server.url}/transactions`);
    const rows = page.locator("table tbody tr.row");
    await expect.poll(() => rows.count(), { timeout: 60_000, interval: 500 }).toBeGreaterThan(10);
    // A row that carries a merchant reference (children such as refunds may have none).
    const trackings = (await rows.locator(".col-trackingId").allInnerTexts()).map((text) => text.trim());
    const index = trackings.findIndex((text, i) => i >= 2 && text !== "—" && text.length > 0);
    expect(index).toBeGreaterThanOrEqual(0);
    const tracking = trackings[index] ?? "";
    const wanted = await rows.nth(index).locator("a.row-link").getAttribute("href");

    await search(page, tracking);
    // A reference only the order carries opens the order itself; one its captures or refunds share opens the table.
    const opened = () => new URL(page.url()).pathname === wanted;
    await expect
      .poll(() => opened() || page.url().includes(`q=${encodeURIComponent(tracking)}`), { timeout: 10_000 })
      .toBe(true);
    if (opened()) {
      await page.locator(".txn-header").waitFor();
      await page.screenshot({ path: `${shots}search-identifier.png` });
      return;
    }
    // Wait for the search's own answer (the live table also holds the row), then: the order comes first,
    // and its captures or refunds may share the reference and follow.
    await expect.poll(() => page.locator(".totals").innerText(), { timeout: 10_000 }).toMatch(/found by/i);
    await expect
      .poll(
        async () =>
          (await rows.locator(".col-trackingId").allInnerTexts()).every((text) =>
            [tracking, "—"].includes(text.trim()),
          ),
        { timeout: 10_000 },
      )
      .toBe(true);
    expect((await rows.first().locator(".col-trackingId").innerText()).trim()).toBe(tracking);
    expect(await rowIds(page)).toContain(wanted);
    await page.screenshot({ path: `${shots}search-identifier.png` });
  });

  it("reproduces a filtered, sorted view from its URL in a fresh browser", async () => {
    await page.goto(`${server.url}/transactions`);
    await page.getByRole("button", { name: "Filter by provider" }).click();
    await page.getByRole("checkbox", { name: "beGateway" }).check();
    await expect.poll(() => page.url()).toContain("provider%3Abegateway");
    await page.keyboard.press("Escape");
    // Only what already happened: later arrivals cannot change the rows between the two reads.
    const cutoff = new Date(Date.now() - 30_000).toISOString().replace(/\.\d{3}Z$/, "Z");
    const box = page.getByRole("searchbox", { name: "Search transactions" });
    await search(page, `${await box.inputValue()} created<${cutoff}`);
    await page.getByRole("button", { name: "Amount", exact: true }).click();
    await page.getByRole("button", { name: "Amount", exact: true }).click();
    await expect.poll(() => page.url()).toContain("dir=asc");
    await expect.poll(async () => (await rowIds(page)).length, { timeout: 10_000 }).toBeGreaterThan(3);
    await page.waitForTimeout(500);
    const ids = await rowIds(page);
    const url = page.url();
    expect(url).toContain("sort=amount");
    await page.screenshot({ path: `${shots}search-filtered-sorted.png` });

    const fresh = await browser.newContext({ viewport: VIEWPORT });
    const other = await fresh.newPage();
    // A fresh browser has no session: sign-in stands in for the view at the same URL, then shows it.
    await signIn(other, url);
    await expect.poll(() => rowIds(other), { timeout: 15_000 }).toEqual(ids);
    expect(await other.getByRole("searchbox", { name: "Search transactions" }).inputValue()).toBe(
      `provider:begateway created<${cutoff}`,
    );
    expect(await other.getByRole("columnheader", { name: /Amount/ }).getAttribute("aria-sort")).toBe("ascending");
    await fresh.close();
  });

  it("opens the palette with Ctrl-K and jumps to a transaction by its RRN", async () => {
    await page.goto(
      `${server.url}/transactions?q=${encodeURIComponent("provider:begateway status:successful type:payment,authorization")}`,
    );
    const first = page.locator("table tbody tr.row a.row-link").first();
    await expect.poll(() => first.count(), { timeout: 30_000 }).toBe(1);
    const href = (await first.getAttribute("href")) ?? "";
    await first.click();
    const references = page.getByRole("region", { name: "References" });
    await expect.poll(() => references.count(), { timeout: 15_000 }).toBe(1);
    const rrn = (await references.locator("dt:text-is('RRN') + dd .field-value").innerText()).trim();
    expect(rrn).toMatch(/^\w+$/);

    await page.goto(`${server.url}/codes`);
    // The shortcut is bound once the app has mounted: wait for the page before pressing it.
    await expect.poll(() => page.locator("table tbody tr").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.keyboard.press("Control+k");
    const dialog = page.getByRole("dialog", { name: "Find a transaction" });
    await dialog.waitFor({ timeout: 10_000 });
    await dialog.getByRole("combobox").fill(rrn);
    await expect.poll(() => dialog.innerText(), { timeout: 10_000 }).toMatch(/Found by RRN/);
    await page.screenshot({ path: `${shots}search-palette.png` });
    await dialog.getByRole("combobox").press("Enter");
    await page.waitForURL(`**${href}`);
    const outcome = page.getByRole("region", { name: "Decoded outcome" });
    await expect.poll(() => outcome.innerText(), { timeout: 10_000 }).toMatch(/[SFPE]\.\d{4}/);
    expect(await page.getByRole("region", { name: "Timeline" }).innerText()).toMatch(/Webhook|Poll|Back-?fill/i);
  });

  it("opens the codes explorer with every provider's codes and their counts", async () => {
    await page.goto(`${server.url}/transactions`);
    await page.getByRole("link", { name: "Codes" }).click();
    await page.waitForURL("**/codes");
    const rows = page.locator("table tbody tr");
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThan(50);
    const text = await page.locator("table tbody").innerText();
    expect(text).toMatch(/beGateway/);
    expect(text).toMatch(/Antom/);
    expect(text).toMatch(/Pockyt/);
    const seen = page.locator("table tbody td.col-count a").first();
    await expect.poll(() => seen.count(), { timeout: 15_000 }).toBe(1);
    await page.screenshot({ path: `${shots}codes.png` });
    await seen.click();
    await page.waitForURL(/\/transactions\?q=provider/);
    await expect.poll(() => page.locator("table tbody tr.row").count(), { timeout: 10_000 }).toBeGreaterThan(0);
  });
});
