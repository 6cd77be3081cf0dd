// A browser test's session: the real server in demo mode, Debian's Chromium and one page, signed in as a demo user.
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./browser.ts";
import { inject } from "vitest";
import type { RunningServer } from "./server-process.ts";

export const shots = new URL("../../../.cache/screenshots/", import.meta.url).pathname;

/** Demo mode creates one user per role (apps/server/src/demo/demo-users.ts), all with this password. */
export const DEMO_PASSWORD = "paylens-demo";
export type DemoUser = "support" | "ops" | "ops2" | "finance" | "admin";

export interface ConsoleSession {
  server: RunningServer;
  browser: Browser;
  page: Page;
}

/** Signs `page` in through the sign-in form and waits for the console behind it. */
export async function signIn(page: Page, url: string, user: DemoUser = "ops"): Promise<void> {
  await page.goto(url);
  await page.getByLabel("E-mail").fill(`${user}@paylens.demo`);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor({ timeout: 30_000 });
}

/** The demo server every browser test file shares (demo-server-setup.ts starts and stops it). */
export function demoServer(): RunningServer {
  return { url: inject("demoServerUrl"), output: () => "", stop: async () => undefined };
}

export async function openConsole(
  viewport: { width: number; height: number },
  user: DemoUser = "ops",
): Promise<ConsoleSession> {
  mkdirSync(shots, { recursive: true });
  const server = demoServer();
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport });
  await signIn(page, server.url, user);
  return { server, browser, page };
}

export async function closeConsole(session: Partial<ConsoleSession>): Promise<void> {
  await session.browser?.close();
  await session.server?.stop();
}
