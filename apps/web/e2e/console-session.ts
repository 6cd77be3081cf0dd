// A browser test's session: the real server in demo mode, Debian's Chromium and one page.
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./browser.ts";
import { startServer, type RunningServer } from "./server-process.ts";

export const shots = new URL("../../../.cache/screenshots/", import.meta.url).pathname;

export interface ConsoleSession {
  server: RunningServer;
  browser: Browser;
  page: Page;
}

export async function openConsole(viewport: { width: number; height: number }): Promise<ConsoleSession> {
  mkdirSync(shots, { recursive: true });
  const server = await startServer();
  const browser = await launchChromium();
  return { server, browser, page: await browser.newPage({ viewport }) };
}

export async function closeConsole(session: Partial<ConsoleSession>): Promise<void> {
  await session.browser?.close();
  await session.server?.stop();
}
