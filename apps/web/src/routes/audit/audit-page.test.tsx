// @vitest-environment dom-and-api
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { AuditInput } from "../../lib/api-types.ts";
import { recordAudit } from "@paylens/db/queries/audit";
import { useMockServer } from "../../mocks/mock-server.ts";
import { renderApp } from "../../mocks/render-app.tsx";
import { recordInputs } from "../../mocks/trpc-handlers.ts";

const { server, backend } = useMockServer();

/** 75 entries by Olga, oldest first (ids 1 to 75): requests and notes in turn. */
async function recordEntries() {
  for (let n = 1; n <= 75; n++)
    await recordAudit(backend().db, {
      actor: backend().userId("ops@paylens.demo"),
      actorName: "Olga Ops",
      role: "ops",
      ip: "203.0.113.7",
      action: (75 - n) % 2 ? "refund.request" : "note.add",
      subject: `key-${n}`,
      after: { amountMinor: "1250", currency: "EUR" },
    });
}

async function auditServer(seen: AuditInput[]) {
  await recordEntries();
  return recordInputs("audit.list", seen);
}

describe("audit log screen", () => {
  it("reads its filters from the URL and sends them to the API", async () => {
    const seen: AuditInput[] = [];
    server.use(await auditServer(seen));
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
    server.use(await auditServer(seen));
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
    renderApp("/audit?text=nothing");
    expect(await screen.findByText("Nothing matches these filters")).toBeTruthy();
  });
});
