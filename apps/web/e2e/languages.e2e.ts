// Every screen in Russian and in Polish: Chromium's language set as a person's browser would set it (navigator.languages
// and Accept-Language), no choice made in the console. Navigation and the heading must be in that language, and no text
// of the English catalogue may be left on the page.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CODE_TEXTS_PL } from "@paylens/codes/code-texts-pl";
import { CODE_TEXTS_RU } from "@paylens/codes/code-texts-ru";
import { catalogues } from "../src/i18n/catalogues.ts";
import type { Language } from "../src/i18n/index.ts";
import { launchChromium } from "./browser.ts";
import { DEMO_PASSWORD, shots } from "./console-session.ts";
import { startServer, type RunningServer } from "./server-process.ts";

type Catalogue = (typeof catalogues)["en"];

// Each screen with the catalogue text its heading must show; the transaction page is opened from the list below.
// Not yet here, because part of their text is still English only (issue 16): analytics (approval and breakdown
// panels: "Provider", "Approval rate", "Declined"), users (role and scope words: "Support", "Finance",
// "Authorization"), settings (notification channels, incident switches). Add each once its text is in the catalogue.
const SCREENS: { path: string; heading: (c: Catalogue) => string; level?: number }[] = [
  { path: "/codes", heading: (c) => c.codes.title },
  { path: "/transactions", heading: (c) => c.shell.nav.transactions },
  { path: "/disputes", heading: (c) => c.shell.nav.disputes },
  { path: "/alerts", heading: (c) => c.shell.nav.alerts },
  { path: "/settlements", heading: (c) => c.shell.nav.settlements },
  { path: "/webhooks", heading: (c) => c.shell.nav.webhooks },
  { path: "/approvals", heading: (c) => c.shell.nav.approvals },
  { path: "/audit", heading: (c) => c.shell.nav.audit },
  { path: "/no-such-page", heading: (c) => c.notFound.heading },
];

function leaves(value: unknown, out: Map<string, string> = new Map(), prefix = ""): Map<string, string> {
  if (typeof value === "string") out.set(prefix, value);
  else if (value && typeof value === "object")
    for (const [key, inner] of Object.entries(value)) leaves(inner, out, prefix ? `${prefix}.${key}` : key);
  return out;
}

/** English texts that must not show in `language`: whole phrases only, none the other language spells the same. */
function englishOnly(language: Language): string[] {
  const theirs = new Set(leaves(catalogues[language]).values());
  return [...new Set(leaves(catalogues.en).values())].filter(
    (text) => !text.includes("{{") && /[a-z]{3}/.test(text) && text.length >= 5 && !theirs.has(text),
  );
}

function found(pageText: string, phrases: string[]): string[] {
  return phrases.filter((phrase) => {
    const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "u").test(pageText);
  });
}

// One server and one browser for both languages: each language gets its own browser context (profile).
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.each([
  ["ru-RU", "ru"],
  ["pl-PL", "pl"],
] as const)("Paylens in %s", (locale, language) => {
  let page: Page;
  const words = catalogues[language];
  const english = englishOnly(language);

  beforeAll(async () => {
    const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 } });
    // A shared machine can be slow to serve the first page: wait as long as the test allows, not playwright's 30 s.
    context.setDefaultTimeout(90_000);
    page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole("heading", { name: words.signIn.title }).waitFor({ timeout: 30_000 });
    await page.getByLabel(words.signIn.email).fill("admin@paylens.demo");
    await page.getByLabel(words.signIn.password).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: words.signIn.submit }).click();
    await page.getByRole("button", { name: words.shell.userMenu.signOut }).waitFor({ timeout: 30_000 });
  }, 120_000);
  afterAll(() => page?.context().close());

  it.each(SCREENS)("$path", { timeout: 120_000 }, async ({ path, heading, level = 1 }) => {
    await page.goto(`${server.url}${path}`);
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe(language);
    await page.getByRole("heading", { level, name: heading(words), exact: true }).waitFor({ timeout: 60_000 });
    // Let the screen's queries answer, so loaded panels are checked too, not only their skeletons.
    await page.waitForLoadState("networkidle").catch(() => undefined);
    await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 30_000 }).toBe(0);

    const nav = page.getByRole("navigation", { name: words.shell.nav.label });
    const navText = await nav.innerText();
    for (const key of ["transactions", "audit", "codes", "analytics", "alerts", "webhooks", "disputes"] as const)
      expect(navText).toContain(words.shell.nav[key]);

    // The signed-in person's own name ("Admin") is data, not interface text.
    const name = await page.locator(".user-name").innerText();
    const text = (await page.locator("body").innerText()).replaceAll(name, "");
    if (path === "/codes") {
      // The providers' decoded texts follow the language too (they load a moment after the screen).
      const decoded = (language === "ru" ? CODE_TEXTS_RU : CODE_TEXTS_PL)["Transaction is successful."];
      await page
        .getByText(decoded ?? "—", { exact: true })
        .first()
        .waitFor({ timeout: 30_000 });
    }
    if (["/transactions", "/disputes", "/settlements", "/codes", "/analytics"].includes(path))
      await page.screenshot({ path: `${shots}i18n-${language}-${path.slice(1)}.png`, fullPage: true });
    expect(found(text, english).join(" | "), `English left on ${path}`).toBe("");
  });

  it("a transaction page", { timeout: 120_000 }, async () => {
    await page.goto(`${server.url}/transactions`);
    await page.locator('a[href^="/transactions/"]').first().click();
    await page.getByRole("heading", { name: words.transaction.outcome.title }).waitFor({ timeout: 60_000 });
    await page.waitForLoadState("networkidle").catch(() => undefined);
    await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 30_000 }).toBe(0);
    await page.screenshot({ path: `${shots}i18n-${language}-transaction.png`, fullPage: true });
    // Not yet checked for English left: the actions panel and the references' id names ("Payment", "Capture",
    // "Payment method", "Gateway", "Order") come from changes in progress elsewhere (issue 16); the outcome's heading
    // above already holds the page to the language.
  });
});
