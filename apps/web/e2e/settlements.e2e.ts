// Finance end to end: a finance user opens Settlements on the demo server, drills into a day, exports the CSV, reconciles
// against the sandboxes' reports and resolves a mismatch with a note.
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { providerName } from "@paylens/providers/catalog";
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
    // The demo back-fill lands over the first seconds: wait until the ledger has a day to show. Reload seldom: on a busy
    // machine every reload queues more queries on PGlite's one connection, and the abandoned ones still run.
    await expect
      .poll(
        async () => {
          await page.reload();
          // After a reload the rows come with the API's answer, not with the page: give it time before counting.
          await days
            .locator("tbody tr")
            .first()
            .waitFor({ timeout: 12_000 })
            .catch(() => undefined);
          return days.locator("tbody tr").count();
        },
        { timeout: 180_000, interval: 3000 },
      )
      .toBeGreaterThan(0);
    const keys = await days.locator("tbody tr").evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll("td")]
          .slice(0, 3)
          .map((td) => td.textContent ?? "")
          .join("|"),
      ),
    );
    const first = days.locator("tbody tr").first();
    const [day, , account] = (await first.locator("td").allTextContents()).map((text) => text.trim());
    await page.screenshot({ path: `${shots}settlements.png`, fullPage: true });

    await first.getByRole("button", { name: /^Open / }).click();
    const panel = page.getByRole("table", { name: "Day transactions" });
    await panel.locator("tbody tr").first().waitFor();
    expect(await panel.locator("tbody tr").count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get("day")).toBe(day);
    expect(new URL(page.url()).searchParams.get("dayAccount")).toBe(account);
    await page
      .getByRole("region", { name: `Transactions of ${day}` })
      .screenshot({ path: `${shots}settlements-day.png` });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Settlements CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^settlements-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync(await download.path(), "utf8")
      .trimEnd()
      .split("\n");
    expect(lines[0]).toBe(
      "day,time_zone,provider,account_id,currency,transactions,captured,refunded,fees,disputed,dispute_fees,net,settled,outstanding,captured_minor,refunded_minor,fees_minor,disputed_minor,dispute_fees_minor,net_minor,settled_minor,outstanding_minor",
    );
    // The file names the provider by its id, the screen by its name.
    const exported = new Set(
      lines.slice(1).map((line) => {
        const [day, , provider, account] = line.split(",");
        return [day, providerName(provider ?? ""), account].join("|");
      }),
    );
    // Every day row on screen is in the file (live traffic may add rows, never remove them).
    for (const key of keys) expect(exported, key).toContain(key);

    // The demo imports every sandbox's report of the last 30 days once its back-fill is done; beGateway's disagree on purpose.
    const reportsInput = encodeURIComponent(JSON.stringify({ json: { limit: 50 } }));
    await expect
      .poll(
        async () => {
          const reply = (await (
            await page.request.get(`${server.url}/trpc/finance.reports?input=${reportsInput}`)
          ).json()) as { result: { data: { json: unknown[] } } };
          return reply.result.data.json.length;
        },
        { timeout: 90_000, interval: 2000 },
      )
      .toBeGreaterThanOrEqual(5);
    const form = page.getByRole("form", { name: "Settlement filters" });
    const monthAgo = new Date(Date.now() - 31 * 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel("From").fill(monthAgo);
    await form.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/from=/);
    await page.getByRole("button", { name: "Reconcile" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /Reconciled \d+ transactions/ })
      .waitFor({ timeout: 30_000 });
    const mismatches = page.getByRole("table", { name: "Mismatches" });
    await mismatches.locator("tbody tr").first().waitFor();
    const before = await mismatches.locator("tbody tr").count();
    expect(before).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: `${shots}settlements-reconciled.png`, fullPage: true });

    // Resolve one with a note: it leaves the open list, and the audit log names the finance user.
    const row = mismatches.locator("tbody tr").first();
    const uid = (await row.locator("td").nth(3).textContent())?.trim() ?? "";
    await row.getByRole("button", { name: "Resolve…" }).click();
    await page.getByLabel("Note (kept in the audit log)").fill("Checked with the provider's back office");
    await page
      .getByRole("form", { name: `Resolve ${uid}` })
      .getByRole("button", { name: "Resolve" })
      .click();
    await expect.poll(() => mismatches.locator("tbody tr").count(), { timeout: 15_000 }).toBe(before - 1);
    await page.goto(`${server.url}/audit?action=reconciliation.resolve`);
    await page.getByRole("table").getByText("Fay Finance").first().waitFor();
  }, 240_000); // on a busy machine the demo back-fill alone can take two minutes
});
