// Light and dark: each main screen in Chromium with the system set to each colour scheme. The page's background must
// follow it, and axe-core (the accessibility engine, WCAG 2 A and AA rules, contrast among them) must find nothing
// serious or critical. Also the user menu's theme choice: it overrides the system and is remembered in this browser.
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./browser.ts";
import { demoServer, shots, signIn } from "./console-session.ts";
import type { RunningServer } from "./server-process.ts";

// axe runs in the page from its own source, never from the app's bundle. page.evaluate is not subject to the
// console's Content-Security-Policy (scripts from 'self' only), a script tag would be.
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const SCREENS: { name: string; path: (transactionId: string) => string }[] = [
  { name: "transactions", path: () => "/transactions" },
  { name: "transaction", path: (id) => `/transactions/${id}` },
  { name: "analytics", path: () => "/analytics" },
  { name: "alerts", path: () => "/alerts" },
  { name: "disputes", path: () => "/disputes" },
  { name: "settlements", path: () => "/settlements" },
  { name: "webhooks", path: () => "/webhooks" },
  { name: "settings", path: () => "/settings" },
];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** WCAG relative luminance of a computed `rgb(…)` colour: 0 is black, 1 is white. */
function luminance(color: string): number {
  const channels = (/rgba?\(([^)]+)\)/.exec(color)?.[1] ?? "")
    .split(/[ ,/]+/)
    .slice(0, 3)
    .map(Number);
  if (channels.length !== 3 || channels.some(Number.isNaN)) throw new Error(`not an rgb colour: ${color}`);
  const [r = 0, g = 0, b = 0] = channels.map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

async function axeViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: Violation[] }> } })
      .axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa"] } });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.slice(0, 5).map(({ target, failureSummary }) => ({ target, failureSummary })),
    }));
  });
  return violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
}

/** Opens `path` and waits for its queries to answer, so loaded panels are checked, not their skeletons. */
async function openScreen(page: Page, url: string): Promise<void> {
  await page.goto(url);
  // The transaction page heads its panels with h2 (its headline is the amount and status).
  await page.locator("main h1, main h2").first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState("networkidle").catch(() => undefined);
  await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 30_000 }).toBe(0);
}

// One server and one browser for the file; each colour scheme gets its own browser context (profile).
let server: RunningServer;
let browser: Browser;
let transactionId = "";
beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = demoServer();
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.each(["light", "dark"] as const)("Paylens with the system in %s", (scheme) => {
  let page: Page;

  beforeAll(async () => {
    const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1440, height: 900 } });
    context.setDefaultTimeout(90_000);
    page = await context.newPage();
    await signIn(page, server.url, "admin");
    if (!transactionId) {
      // A declined payment: its page shows the most (badges, decoded outcome, timeline).
      const input = encodeURIComponent(JSON.stringify({ json: { status: ["failed"], limit: 1 } }));
      // expect.poll belongs to tests: a plain loop, as long as the hook allows.
      for (let attempt = 0; attempt < 60 && !transactionId; attempt++) {
        const reply = (await (
          await page.request.get(`${server.url}/trpc/transactions.list?input=${input}`)
        ).json()) as {
          result: { data: { json: { items: { id: string }[] } } };
        };
        transactionId = reply.result.data.json.items[0]?.id ?? "";
        if (!transactionId) await page.waitForTimeout(1000);
      }
      if (!transactionId) throw new Error("the demo made no declined payment in a minute");
    }
  }, 120_000);
  afterAll(() => page?.context().close());

  it.each(SCREENS)("$name", { timeout: 120_000 }, async ({ name, path }) => {
    await openScreen(page, `${server.url}${path(transactionId)}`);
    const light = luminance(await background(page));
    if (scheme === "dark") expect(light).toBeLessThan(0.05);
    else expect(light).toBeGreaterThan(0.8);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toContain(scheme);

    const violations = await axeViolations(page);
    expect(violations, `${name} in ${scheme}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
    if (["transactions", "transaction", "analytics", "settlements"].includes(name))
      await page.screenshot({ path: `${shots}appearance-${scheme}-${name}.png`, fullPage: true });
  });

  it("keeps the theme chosen in the user menu over the system's, after a reload", async () => {
    const other = scheme === "dark" ? "light" : "dark";
    const menu = page.getByRole("combobox", { name: "Colour theme" });
    await menu.selectOption(other);
    await expect.poll(() => page.locator("html").getAttribute("data-theme")).toBe(other);
    await page.reload();
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    expect(await menu.inputValue()).toBe(other);
    const light = luminance(await background(page));
    if (other === "dark") expect(light).toBeLessThan(0.05);
    else expect(light).toBeGreaterThan(0.8);
    // Back to the system's: the choice is forgotten and the page follows the scheme again.
    await menu.selectOption("system");
    expect(await page.locator("html").getAttribute("data-theme")).toBeNull();
    expect(await page.evaluate(() => localStorage.getItem("paylens.theme"))).toBeNull();
    expect(luminance(await background(page)) < 0.05).toBe(scheme === "dark");
  });
});
