// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { AuditInput } from "../../lib/api-types.ts";
import { makeAuditItem } from "../../mocks/access-fixtures.ts";
import { useMockServer } from "../../mocks/mock-server.ts";
import { mockHandlers, staticStore } from "../../mocks/mock-store.ts";
import { renderApp } from "../../mocks/render-app.tsx";
import { trpcQuery } from "../../mocks/trpc-handlers.ts";

const server = useMockServer();

const entries = Array.from({ length: 75 }, (_, i) =>
  makeAuditItem(75 - i, {
    action: i % 2 ? "refund.request" : "note.add",
    subject: `key-${75 - i}`,
    after: { amountMinor: "1250", currency: "EUR" },
  }),
);

function auditServer(seen: AuditInput[]) {
  return trpcQuery("audit.list", (input) => {
    seen.push(input);
    const rows = entries.filter(
      (e) => (!input.action || e.action.startsWith(input.action)) && (!input.cursor || e.id < BigInt(input.cursor)),
    );
    const limit = input.limit ?? 100;
    const items = rows.slice(0, limit);
    return { items, nextCursor: rows.length > limit ? String(items.at(-1)?.id) : null };
  });
}

describe("audit log screen", () => {
  it("reads its filters from the URL and sends them to the API", async () => {
    const seen: AuditInput[] = [];
    server.use(auditServer(seen), ...mockHandlers(staticStore([])));
    renderApp("/audit?actor=olga&action=refund.&from=2026-11-01&to=2026-11-30");
    await screen.findByRole("region", { name: "Audit entries" });
    const form = screen.getByRole("form", { name: "Audit filters" });
    expect((within(form).getByLabelText("Who") as HTMLInputElement).value).toBe("olga");
    expect((within(form).getByLabelText("Action") as HTMLInputElement).value).toBe("refund.");
    await waitFor(() => expect(seen.length).toBeGreaterThan(0));
    expect(seen[0]).toMatchObject({
      actor: "olga",
      action: "refund.",
      from: new Date(2026, 10, 1),
      to: new Date(2026, 11, 1),
    });
  });

  it("puts applied filters into the URL, pages with Load more and shows amounts with their currency", async () => {
    const seen: AuditInput[] = [];
    server.use(auditServer(seen), ...mockHandlers(staticStore([])));
    const { router } = renderApp("/audit");
    const table = await screen.findByRole("table");
    expect(within(table).getAllByRole("row")).toHaveLength(51); // header + the first 50, newest first
    expect(within(table).getAllByRole("row")[1]?.textContent).toContain("key-75");
    expect(table.textContent?.replace(/\u00a0/g, " ")).toContain("EUR 12.50");

    fireEvent.click(screen.getByRole("button", { name: "Load more" }));
    await waitFor(() => expect(within(screen.getByRole("table")).getAllByRole("row")).toHaveLength(76));
    expect(seen.at(-1)?.cursor).toBe("26");

    const form = screen.getByRole("form", { name: "Audit filters" });
    fireEvent.change(within(form).getByLabelText("Action"), { target: { value: "note.add" } });
    fireEvent.change(within(form).getByLabelText("Text"), { target: { value: "key-7" } });
    fireEvent.click(within(form).getByRole("button", { name: "Apply" }));
    await waitFor(() => expect(router.state.location.search).toEqual({ action: "note.add", text: "key-7" }));
    await waitFor(() => expect(seen.at(-1)).toMatchObject({ action: "note.add", text: "key-7" }));

    fireEvent.click(within(form).getByRole("button", { name: "Clear" }));
    await waitFor(() => expect(router.state.location.search).toEqual({}));
  });

  it("says when nothing matches", async () => {
    server.use(
      trpcQuery("audit.list", () => ({ items: [], nextCursor: null })),
      ...mockHandlers(staticStore([])),
    );
    renderApp("/audit?text=nothing");
    expect(await screen.findByText("Nothing matches these filters")).toBeTruthy();
  });
});
