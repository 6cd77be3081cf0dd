// @vitest-environment dom-and-api
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { WebhookListInput } from "../../lib/api-types.ts";
import { useMockServer } from "../../mocks/mock-server.ts";
import { renderApp } from "../../mocks/render-app.tsx";
import { insertInbox } from "../../mocks/test-data.ts";
import { failWith, recordInputs } from "../../mocks/trpc-handlers.ts";
import { mockInbox, type MockWebhook } from "../../mocks/webhook-fixtures.ts";
import { validateWebhooksSearch } from "./webhooks-search.ts";

const { server, backend } = useMockServer();
const newest = new Date("2026-11-23T12:00:00Z");
// Fixture message n has id 10000 - n; every 10th from n = 8 failed (Pockyt for n = 8, 38, 68), n = 0 an applied beGateway one.
const FAILED_POCKYT_UID = "202611230000000008";

/** A stored inbox of 75 (or `inbox`), signed in as `me` (Olga, ops, by default), recording what the list was asked. */
async function handlers(options: { inbox?: MockWebhook[]; me?: string; seen?: WebhookListInput[] } = {}) {
  await insertInbox(backend().db, options.inbox ?? mockInbox(75, newest));
  if (options.me) await backend().signIn(options.me);
  return [recordInputs("webhooks.list", options.seen ?? [])];
}

const rows = () => within(screen.getByRole("table", { name: "Webhooks" })).getAllByRole("row");

describe("webhooks screen", () => {
  it("lists messages newest first with state counts, and pages with Load more", async () => {
    server.use(...(await handlers()));
    renderApp("/webhooks");
    await screen.findByRole("table", { name: "Webhooks" });
    expect(rows()).toHaveLength(51); // header + the first 50
    const first = rows()[1] as HTMLElement;
    expect(first.textContent).toContain("beGateway");
    expect(first.textContent).toContain("Applied");
    expect(first.textContent).toContain("Valid · rsa");
    // The uid of a linked message opens its transaction.
    expect(within(first).getByRole("link").getAttribute("href")).toBe(
      "/transactions/00000000-0000-4000-8000-000000000000",
    );

    const tabs = screen.getByRole("group", { name: "Webhook state" });
    await waitFor(() => expect(within(tabs).getByRole("button", { name: /^All/ }).textContent).toBe("All75"));
    expect(within(tabs).getByRole("button", { name: /^Failed/ }).textContent).toBe("Failed7");
    expect(within(tabs).getByRole("button", { name: /^Pending/ }).textContent).toBe("Pending7");

    fireEvent.click(screen.getByRole("button", { name: "Load more" }));
    await waitFor(() => expect(rows()).toHaveLength(76));
    expect(screen.getByText("75 webhooks, the oldest one included")).toBeTruthy();
  });

  it("keeps state, provider and search in the URL and sends them to the API", async () => {
    const seen: WebhookListInput[] = [];
    server.use(...(await handlers({ seen })));
    const { router } = renderApp("/webhooks?provider=antom&q=PAYMENT");
    expect(await screen.findByText("No webhooks match")).toBeTruthy();
    expect(seen[0]).toMatchObject({ provider: "antom", q: "PAYMENT", limit: 50 });
    expect(
      (screen.getByRole("searchbox", { name: "Provider uid, dedup key or request id" }) as HTMLInputElement).value,
    ).toBe("PAYMENT");

    fireEvent.click(screen.getByRole("button", { name: "Show every webhook" }));
    await waitFor(() => expect(router.state.location.search).toEqual({}));
    await screen.findByRole("table", { name: "Webhooks" });

    fireEvent.click(
      within(screen.getByRole("group", { name: "Webhook state" })).getByRole("button", { name: /^Failed/ }),
    );
    await waitFor(() => expect(router.state.location.search).toEqual({ state: "failed" }));
    await waitFor(() => expect(seen.at(-1)).toMatchObject({ state: "failed" }));
    await waitFor(() => expect(rows()).toHaveLength(8));

    fireEvent.change(screen.getByRole("combobox", { name: "Provider" }), { target: { value: "pockyt" } });
    await waitFor(() => expect(router.state.location.search).toEqual({ state: "failed", provider: "pockyt" }));
    await waitFor(() => expect(rows()).toHaveLength(4));
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: ` ${FAILED_POCKYT_UID} ` } });
    fireEvent.click(screen.getByRole("button", { name: "Search" }));
    await waitFor(() =>
      expect(router.state.location.search).toEqual({ state: "failed", provider: "pockyt", q: FAILED_POCKYT_UID }),
    );
    await waitFor(() => expect(rows()).toHaveLength(2));
  });

  it("opens a message beside the list and lets ops reprocess a failed one", async () => {
    server.use(...(await handlers()));
    const { router } = renderApp("/webhooks?state=failed");
    await screen.findByRole("table", { name: "Webhooks" });
    fireEvent.click(rows()[1] as HTMLElement);
    await waitFor(() => expect(router.state.location.search).toEqual({ state: "failed", message: "9992" }));
    const drawer = await screen.findByRole("complementary", { name: "Webhook 9992" });
    expect(await within(drawer).findByText(/lock timeout/, { selector: "pre" })).toBeTruthy();
    expect(within(drawer).getByRole("region", { name: "Headers" }).textContent).toContain(
      "application/x-www-form-urlencoded",
    );
    expect(within(drawer).getByRole("region", { name: "Body" }).textContent).toContain("verifySign=***");

    fireEvent.click(within(drawer).getByRole("button", { name: "Reprocess" }));
    await waitFor(() => expect(within(drawer).queryByRole("button", { name: "Reprocess" })).toBeNull());
    expect(await within(drawer).findByText("Pending")).toBeTruthy();
    // The list refreshed too: the message left the Failed tab.
    await waitFor(() => expect(rows()).toHaveLength(7));

    fireEvent.click(within(drawer).getByRole("button", { name: "Close the webhook" }));
    await waitFor(() => expect(router.state.location.search).toEqual({ state: "failed" }));
  });

  it("hides Reprocess from a role that may not act", async () => {
    server.use(...(await handlers({ me: "support@paylens.demo" })));
    renderApp("/webhooks?message=9992");
    const drawer = await screen.findByRole("complementary", { name: "Webhook 9992" });
    await within(drawer).findByText(/lock timeout/, { selector: "pre" });
    expect(within(drawer).getByText("Failed")).toBeTruthy();
    expect(within(drawer).queryByRole("button", { name: "Reprocess" })).toBeNull();
  });

  it("links a message to its transaction and shows the body as the server masked it", async () => {
    server.use(...(await handlers({ me: "support@paylens.demo" })));
    renderApp("/webhooks?message=10000");
    const drawer = await screen.findByRole("complementary", { name: "Webhook 10000" });
    const open = await within(drawer).findByRole("link", { name: "Open transaction →" });
    expect(open.getAttribute("href")).toBe("/transactions/00000000-0000-4000-8000-000000000000");
    expect(within(drawer).getByRole("region", { name: "Body" }).textContent).toContain('"number": "420000******0000"');
    expect(within(drawer).getByRole("region", { name: "Headers" }).textContent).toContain("Basic ***");
  });

  it("says so when the inbox is empty and a message is unknown", async () => {
    server.use(...(await handlers({ inbox: [] })));
    renderApp("/webhooks?message=42");
    expect(await screen.findByText("No webhooks received yet")).toBeTruthy();
    expect(await screen.findByText("No such webhook")).toBeTruthy();
  });

  it("says so when the list cannot be loaded", async () => {
    server.use(failWith("webhooks.list", "INTERNAL_SERVER_ERROR", "database is down"), ...(await handlers()));
    renderApp("/webhooks");
    expect(await screen.findByText("Could not load the webhooks")).toBeTruthy();
    expect(screen.getByText("database is down")).toBeTruthy();
  });

  it("drops what the URL cannot mean", () => {
    expect(
      validateWebhooksSearch({ state: "stale", provider: "paypal", q: "  x  ", message: "0", account: "" }),
    ).toEqual({ q: "x" });
    expect(validateWebhooksSearch({ state: "failed", provider: "antom", message: 123 })).toEqual({
      state: "failed",
      provider: "antom",
      message: "123",
    });
  });
});
