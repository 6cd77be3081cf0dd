// @vitest-environment dom-and-api
import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { BackfillProgress } from "@paylens/api/context";
import { sandboxIncidents } from "../mocks/alert-fixtures.ts";
import { renderApp } from "../mocks/render-app.tsx";
import { useMockServer } from "../mocks/mock-server.ts";

const { backend } = useMockServer();

describe("demo history banner", () => {
  it("shows the first start's back-fill as it goes, and leaves when it is done", async () => {
    let history: BackfillProgress | null = { done: 1200, total: 3000 };
    const switches = sandboxIncidents();
    backend().incidents = { state: () => ({ ...switches.state(), backfill: history }), set: switches.set };
    renderApp("/codes");
    const banner = await screen.findByRole("status", { name: "" });
    expect(banner.textContent).toContain("Loading demo history: 1,200 / 3,000 orders");
    history = { done: 2950, total: 3000 };
    await waitFor(() => expect(banner.textContent).toContain("2,950 / 3,000"), { timeout: 6_000 });
    history = null;
    await waitFor(() => expect(document.querySelector(".demo-history-banner")).toBeNull(), { timeout: 6_000 });
  });

  it("stays away outside demo mode", async () => {
    renderApp("/codes");
    await screen.findByRole("heading", { name: "Codes" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.querySelector(".demo-history-banner")).toBeNull();
  });
});
