// The console on a phone (390 px wide): every screen fits the width (wide tables scroll in their own box or become
// cards), the navigation opens from the header's menu button, and a payment's actions and refund dialog fit.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogues } from "../src/i18n/catalogues.ts";
import { launchChromium } from "./browser.ts";
import { DEMO_PASSWORD, demoServer, shots } from "./console-session.ts";
import type { RunningServer } from "./server-process.ts";

const PHONE = { width: 390, height: 844 };
const en = catalogues.en;

const SCREENS = [
  "/transactions",
  "/analytics",
  "/alerts",
  "/disputes",
  "/settlements",
  "/webhooks",
  "/approvals",
  "/audit",
  "/codes",
  "/settings",
  "/users",
];

/** A successful beGateway payment (so it offers a refund), through the API with the page's session. */
async function findPayment(page: Page, url: string): Promise<string> {
  const input = encodeURIComponent(
    JSON.stringify({ json: { q: "provider:begateway status:successful type:payment", limit: 5 } }),
  );
  let id: string | undefined;
  await expect
    .poll(
      async () => {
        const reply = (await (await page.request.get(`${url}/trpc/transactions.search?input=${input}`)).json()) as {
          result: { data: { json: { items: { id: string }[] } } };
        };
        id = reply.result.data.json.items[0]?.id;
        return id;
      },
      { timeout: 90_000, interval: 1000 },
    )
    .toBeDefined();
  if (!id) throw new Error("no successful payment");
  return id;
}

/** Opens `path` and waits for its heading (a payment's page: its actions) and for its panels to load. */
async function open(page: Page, url: string, path: string): Promise<void> {
  await page.goto(`${url}${path}`);
  const ready = path.startsWith("/transactions/")
    ? page.getByRole("region", { name: en.transaction.actions.title, exact: true })
    : page.getByRole("heading", { level: 1 }).first();
  await ready.waitFor({ timeout: 60_000 });
  await page.waitForLoadState("networkidle").catch(() => undefined);
  await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 30_000 }).toBe(0);
}

/** How far the page reaches past the window's right edge (0: no sideways scroll). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Whether the element lies within the window's width. */
async function withinWidth(page: Page, selector: ReturnType<Page["locator"]>): Promise<boolean> {
  const box = await selector.boundingBox();
  return box !== null && box.x >= 0 && box.x + box.width <= page.viewportSize()!.width;
}

describe("Paylens at 390 px", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let payment: string | undefined;

  beforeAll(async () => {
    server = demoServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: PHONE });
    page.context().setDefaultTimeout(60_000);
    // The sign-in form at this width too; the menu button is the shell's sign that the console is there.
    await page.goto(server.url);
    await page.getByLabel(en.signIn.email).fill("admin@paylens.demo");
    await page.getByLabel(en.signIn.password).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: en.signIn.submit }).click();
    await page.getByRole("button", { name: en.shell.nav.menu }).waitFor({ timeout: 30_000 });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("no screen scrolls sideways", { timeout: 300_000 }, async () => {
    payment ??= await findPayment(page, server.url);
    const wide: string[] = [];
    for (const path of [...SCREENS, `/transactions/${payment}`]) {
      await open(page, server.url, path);
      const past = await overflow(page);
      if (past > 0) wide.push(`${path}: ${past} px`);
    }
    expect(wide).toEqual([]);
  });

  it("the navigation opens from the menu button, navigates, and closes on a link and on Escape", async () => {
    await open(page, server.url, "/transactions");
    const button = page.getByRole("button", { name: en.shell.nav.menu });
    const nav = page.getByRole("navigation", { name: en.shell.nav.label });
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    expect(await nav.isVisible()).toBe(false);

    await button.click();
    expect(await button.getAttribute("aria-expanded")).toBe("true");
    await nav.waitFor({ state: "visible" });
    // On a phone the user menu opens with it: sign-out and the language are one tap away.
    await page.getByRole("button", { name: en.shell.userMenu.signOut }).waitFor({ state: "visible" });
    expect(await withinWidth(page, nav)).toBe(true);
    await page.screenshot({ path: `${shots}phone-menu.png` });

    await nav.getByRole("link", { name: en.shell.nav.alerts }).click();
    await page.getByRole("heading", { level: 1, name: en.alerts.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/alerts");
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    expect(await nav.isVisible()).toBe(false);

    await button.click();
    await nav.waitFor({ state: "visible" });
    await page.keyboard.press("Escape");
    await nav.waitFor({ state: "hidden" });
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it("a payment's actions and its refund dialog fit the width", async () => {
    payment ??= await findPayment(page, server.url);
    await open(page, server.url, `/transactions/${payment}`);
    const actions = page.getByRole("region", { name: en.transaction.actions.title, exact: true });
    const refund = actions.getByRole("button", { name: en.transaction.actions.refund });
    await refund.scrollIntoViewIfNeeded();
    const buttons = await actions.getByRole("button").all();
    expect(buttons.length).toBeGreaterThan(0);
    for (const button of buttons) expect(await withinWidth(page, button), await button.innerText()).toBe(true);

    await refund.click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    expect(await withinWidth(page, dialog)).toBe(true);
    for (const button of await dialog.getByRole("button").all())
      expect(await withinWidth(page, button), await button.innerText()).toBe(true);
    expect(await overflow(page)).toBe(0);
    await page.screenshot({ path: `${shots}phone-refund-dialog.png` });
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
  });
});
