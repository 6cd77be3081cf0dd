// Operator actions end to end: ops signs in, partially refunds a beGateway payment in the sandbox, and sees the
// refund transaction, the new refundable amount and the audit entry; then the other new screens, photographed.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currencyExponent } from "@paylens/domain/money";
import { closeConsole, openConsole, shots, signIn } from "./console-session.ts";
import type { RunningServer } from "./server-process.ts";

const VIEWPORT = { width: 1440, height: 900 };

interface Found {
  id: string;
  currency: string;
  amountMinor: bigint;
}

/** A successful beGateway payment above 2 major units, through the API with the page's session. */
async function findPayment(page: Page, url: string): Promise<Found> {
  const input = encodeURIComponent(
    JSON.stringify({ json: { q: "provider:begateway status:successful type:payment", limit: 50 } }),
  );
  let found: Found | undefined;
  await expect
    .poll(
      async () => {
        const reply = (await (await page.request.get(`${url}/trpc/transactions.search?input=${input}`)).json()) as {
          result: { data: { json: { items: { id: string; currency: string; amountMinor: string }[] } } };
        };
        const row = reply.result.data.json.items.find(
          (item) => BigInt(item.amountMinor) > 2n * 10n ** BigInt(currencyExponent(item.currency)),
        );
        found = row ? { id: row.id, currency: row.currency, amountMinor: BigInt(row.amountMinor) } : undefined;
        return found;
      },
      { timeout: 90_000, interval: 1000 },
    )
    .toBeDefined();
  if (!found) throw new Error("no payment");
  return found;
}

/** The digits of a formatted amount as minor units: "1,234.50 EUR" → 123450n. */
const minorOf = (text: string): bigint => BigInt(text.replace(/\D/g, ""));

describe("operator actions", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openConsole(VIEWPORT, "ops"));
  });
  afterAll(() => closeConsole({ server, browser }));

  it("partially refunds a beGateway payment: the refund appears as a child, less is refundable, the audit trail says who", async () => {
    const payment = await findPayment(page, server.url);
    await page.goto(`${server.url}/transactions/${payment.id}`);
    const actions = page.getByRole("region", { name: "Actions", exact: true });
    const refundable = actions.getByTestId("refundable");
    await refundable.waitFor({ timeout: 15_000 });
    const before = minorOf(await refundable.innerText());
    expect(before).toBeGreaterThan(0n);

    await actions.getByRole("button", { name: "Refund…" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Amount to refund").fill("1");
    await dialog.getByLabel("Reason").fill("Customer returned one item");
    const one = 10n ** BigInt(currencyExponent(payment.currency));
    expect(minorOf(await dialog.getByTestId("left-after").innerText())).toBe(before - one);
    expect(await dialog.getByRole("note").count()).toBe(0); // below 500.00: no second approver
    await page.screenshot({ path: `${shots}refund-dialog.png` });
    await dialog.getByRole("button", { name: "Refund payment" }).click();
    const result = dialog.getByRole("status");
    await expect.poll(() => result.innerText(), { timeout: 40_000 }).toMatch(/Succeeded|Pending at provider/);
    await page.screenshot({ path: `${shots}refund-result.png` });
    await dialog.getByRole("button", { name: "Close", exact: true }).click();

    await expect.poll(async () => minorOf(await refundable.innerText()), { timeout: 30_000 }).toBe(before - one);
    const related = page.getByRole("region", { name: "Related transactions" });
    await expect
      .poll(() => related.getByRole("link", { name: "Refund" }).count(), { timeout: 60_000, interval: 1000 })
      .toBeGreaterThan(0);
    const trail = page.getByRole("region", { name: "Audit trail" });
    await expect.poll(() => trail.innerText(), { timeout: 15_000 }).toMatch(/refund\.request/);
    expect(await trail.innerText()).toMatch(/Olga Ops/);
    expect(await actions.innerText()).toMatch(/Refund\s+Succeeded|Refund\s+Pending/);
    await page.screenshot({ path: `${shots}transaction-actions.png`, fullPage: true });
  });

  it("lists the refund in the audit log, filtered by action in the URL", async () => {
    await page.goto(`${server.url}/audit?action=refund.`);
    const table = page.getByRole("region", { name: "Audit entries" }).locator("table");
    await expect.poll(() => table.innerText(), { timeout: 15_000 }).toMatch(/refund\.request/);
    expect(await table.innerText()).not.toMatch(/sign_in/);
    await page.screenshot({ path: `${shots}audit.png` });
  });

  it("re-syncs selected rows one by one with a progress bar", async () => {
    await page.goto(`${server.url}/transactions?q=${encodeURIComponent("provider:begateway")}`);
    const boxes = page.locator("table tbody tr.row input[type=checkbox]");
    await expect.poll(() => boxes.count(), { timeout: 30_000 }).toBeGreaterThan(3);
    for (const n of [0, 1, 2]) await boxes.nth(n).check();
    await page
      .getByRole("toolbar", { name: "Selected transactions" })
      .getByRole("button", { name: "Re-sync…" })
      .click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Re-sync 3" }).click();
    await expect
      .poll(() => dialog.getByRole("progressbar").getAttribute("aria-valuenow"), { timeout: 60_000 })
      .toBe("3");
    expect(await dialog.getByRole("table", { name: "Results" }).innerText()).toMatch(
      /Succeeded|Pending|Failed|Declined/,
    );
    await page.screenshot({ path: `${shots}bulk-resync.png` });
    await dialog.getByRole("button", { name: "Close", exact: true }).click();
  });

  it("shows the sign-in form to a new browser, and users and tokens to an admin", async () => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const other = await context.newPage();
    await other.goto(`${server.url}/users`);
    await other.getByRole("heading", { name: "Sign in" }).waitFor({ timeout: 15_000 });
    await other.getByLabel("E-mail").fill("admin@paylens.demo");
    await other.getByLabel("Password").fill("not-the-password");
    await other.getByRole("button", { name: "Sign in" }).click();
    await expect
      .poll(() => other.getByRole("alert").innerText(), { timeout: 10_000 })
      .toMatch(/Wrong e-mail or password/);
    await other.screenshot({ path: `${shots}sign-in.png` });
    await signIn(other, `${server.url}/users`, "admin");
    const users = other.getByRole("region", { name: "Users" });
    await expect.poll(() => users.innerText(), { timeout: 15_000 }).toMatch(/ops2@paylens\.demo/);
    await other.getByLabel("Token name").fill("nightly export");
    await other.getByRole("button", { name: "Create token" }).click();
    await expect
      .poll(() => other.getByRole("region", { name: "API tokens" }).innerText(), { timeout: 10_000 })
      .toMatch(/cannot show it again/);
    await other.screenshot({ path: `${shots}users.png`, fullPage: true });
    await other.goto(`${server.url}/approvals`);
    await other.getByRole("heading", { name: "Approvals" }).waitFor();
    await other.screenshot({ path: `${shots}approvals.png` });
    await context.close();
  });
});
