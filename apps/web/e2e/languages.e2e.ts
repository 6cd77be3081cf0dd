// Every screen in Russian and in Polish: Chromium's language set as a person's browser would set it (navigator.languages
// and Accept-Language), no choice made in the console. Navigation and the heading must be in that language, and no text
// of the English catalogue nor any English glue word may be left on the page (data, marked translate="no", aside).
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CODE_TEXTS_PL } from "@paylens/codes/code-texts-pl";
import { CODE_TEXTS_RU } from "@paylens/codes/code-texts-ru";
import { catalogues } from "../src/i18n/catalogues.ts";
import { launchChromium } from "./browser.ts";
import { DEMO_PASSWORD, demoServer, shots } from "./console-session.ts";
import type { RunningServer } from "./server-process.ts";

type Catalogue = (typeof catalogues)["en"];

// Each screen with the catalogue text its heading must show; the transaction page is opened from the list below.
const SCREENS: { path: string; heading: (c: Catalogue) => string; level?: number }[] = [
  { path: "/codes", heading: (c) => c.codes.title },
  { path: "/transactions", heading: (c) => c.shell.nav.transactions },
  { path: "/disputes", heading: (c) => c.shell.nav.disputes },
  { path: "/alerts", heading: (c) => c.shell.nav.alerts },
  { path: "/settlements", heading: (c) => c.shell.nav.settlements },
  { path: "/webhooks", heading: (c) => c.shell.nav.webhooks },
  { path: "/approvals", heading: (c) => c.shell.nav.approvals },
  { path: "/audit", heading: (c) => c.shell.nav.audit },
  { path: "/analytics", heading: (c) => c.shell.nav.analytics },
  { path: "/users", heading: (c) => c.users.title },
  { path: "/settings", heading: (c) => c.settings.title },
  { path: "/no-such-page", heading: (c) => c.notFound.heading },
];

function leaves(value: unknown, out: Map<string, string> = new Map(), prefix = ""): Map<string, string> {
  if (typeof value === "string") out.set(prefix, value);
  else if (value && typeof value === "object")
    for (const [key, inner] of Object.entries(value)) leaves(inner, out, prefix ? `${prefix}.${key}` : key);
  return out;
}

// English glue words, which no Russian or Polish sentence and none of the demo's data (names, codes, e-mails) holds:
// they find English that never was in the catalogue, such as a sentence built in code.
const ENGLISH_WORDS = [
  "the",
  "and",
  "with",
  "from",
  "this",
  "that",
  "not",
  "none",
  "every",
  "each",
  "yet",
  "has",
  "have",
];

const CODE_TEXTS = { ru: CODE_TEXTS_RU, pl: CODE_TEXTS_PL } as const;

function at(text: string, phrase: string): number {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "u").exec(text)?.index ?? -1;
}

/**
 * English that must not show in `language`: the English catalogue's phrases and the glue words, less what the
 * language's own texts use too (a header named in a sentence, "Authorization: Bearer"; a term a code text quotes).
 */
function englishOnly(language: "ru" | "pl"): string[] {
  const theirs = [...leaves(catalogues[language]).values(), ...Object.values(CODE_TEXTS[language])].join("\n");
  const phrases = [...leaves(catalogues.en).values()].filter(
    (text) => !text.includes("{{") && /[a-z]{3}/.test(text) && text.length >= 5,
  );
  return [...new Set([...phrases, ...ENGLISH_WORDS])].filter((phrase) => at(theirs, phrase) < 0);
}

/** Each English phrase on the page, with a little of the text around it to show where it is. */
function found(pageText: string, phrases: string[]): string[] {
  return phrases.flatMap((phrase) => {
    const index = at(pageText, phrase);
    return index < 0 ? [] : [`${phrase} («${pageText.slice(Math.max(0, index - 30), index + phrase.length + 30)}»)`];
  });
}

/**
 * The page's interface text: the body less what is data, not words of the console: the signed-in person's name, and
 * what the page marks translate="no" (people's names, provider codes and payloads, merchants' descriptions).
 */
async function interfaceText(page: Page): Promise<string> {
  const data = [
    await page.locator(".user-name").innerText(),
    ...(await page.locator('[translate="no"]').allInnerTexts()),
  ];
  let text = await page.locator("body").innerText();
  for (const value of data.filter((value) => value.trim() !== "")) text = text.replaceAll(value, " ");
  return text;
}

/** No English left on the page; polled, since code texts and late panels may arrive a moment after the page settles. */
async function expectNoEnglish(page: Page, english: string[], where: string): Promise<void> {
  await expect
    .poll(async () => found(await interfaceText(page), english).join("\n"), {
      timeout: 20_000,
      message: `English left on ${where}`,
    })
    .toBe("");
}

// One server and one browser for both languages: each language gets its own browser context (profile).
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = demoServer();
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

    if (path === "/codes") {
      // The providers' decoded texts follow the language too (they load a moment after the screen).
      const decoded = (language === "ru" ? CODE_TEXTS_RU : CODE_TEXTS_PL)["Transaction is successful."];
      await page
        .getByText(decoded ?? "—", { exact: true })
        .first()
        .waitFor({ timeout: 30_000 });
    }
    if (["/transactions", "/disputes", "/settlements", "/codes", "/analytics", "/users", "/settings"].includes(path))
      await page.screenshot({ path: `${shots}i18n-${language}-${path.slice(1)}.png`, fullPage: true });
    await expectNoEnglish(page, english, path);
  });

  it("a transaction page", { timeout: 120_000 }, async () => {
    await page.goto(`${server.url}/transactions`);
    await page.locator('a[href^="/transactions/"]').first().click();
    await page.getByRole("heading", { name: words.transaction.outcome.title }).waitFor({ timeout: 60_000 });
    // The actions panel and the references load after the page's heading: wait for both before reading the page.
    await page.getByRole("heading", { name: words.transaction.refs.title, exact: true }).waitFor({ timeout: 60_000 });
    await page
      .getByRole("heading", { name: words.transaction.actions.title, exact: true })
      .waitFor({ timeout: 60_000 });
    await page.waitForLoadState("networkidle").catch(() => undefined);
    await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 30_000 }).toBe(0);
    await page.screenshot({ path: `${shots}i18n-${language}-transaction.png`, fullPage: true });
    await expectNoEnglish(page, english, "a transaction page");
  });

  it("search chips and an empty result", { timeout: 120_000 }, async () => {
    // Every kind of chip: a key with values, a negated key, a range, a bare identifier; nothing matches it all.
    const query = "provider:begateway status:failed,successful -currency:USD amount>=10 reason:insufficient_funds 4242";
    await page.goto(`${server.url}/transactions?q=${encodeURIComponent(query)}`);
    const chips = page.getByRole("list", { name: words.transactions.search.terms });
    await expect.poll(() => chips.locator("li").count(), { timeout: 60_000 }).toBe(6);
    await page.waitForLoadState("networkidle").catch(() => undefined);
    await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 30_000 }).toBe(0);
    await page.screenshot({ path: `${shots}i18n-${language}-search.png`, fullPage: true });
    const chipText = await chips.innerText();
    expect(chipText).toContain(words.transactions.chip.provider);
    expect(found(chipText, english).join("\n"), "English left on the search chips").toBe("");
    await expectNoEnglish(page, english, "a search");
  });
});
