// @vitest-environment dom-and-api
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { makeAlert } from "../mocks/alert-fixtures.ts";
import { syncAlerts } from "@paylens/db/queries/alerts";
import { renderApp } from "../mocks/render-app.tsx";
import { useMockServer } from "../mocks/mock-server.ts";

const { backend } = useMockServer();

describe("alert banner", () => {
  it("appears on every screen while an alert is active, with its message, segment and age, and links to the list", async () => {
    // Raised 12 minutes ago by the alert evaluator's query.
    const { id: _id, startedAt, endedAt: _ended, ...alert } = makeAlert("a1", 12);
    await syncAlerts(backend().db, [alert], startedAt);
    const { router } = renderApp("/codes");
    const banner = await screen.findByRole("alert");
    expect(banner.textContent).toContain("Approval rate at Barclays fell to 18.2% (baseline 91.4%)");
    expect(banner.textContent).toContain("issuer:Barclays");
    expect(banner.textContent).toContain("started 12 min ago");
    fireEvent.click(screen.getByRole("link", { name: "View alert" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/alerts"));
    expect(await screen.findByText("Active", { selector: ".badge" })).toBeTruthy();
    expect(screen.getByText("18.2%")).toBeTruthy();
    expect(screen.getByText("91.4%")).toBeTruthy();
  });

  it("stays away while no alert is active", async () => {
    renderApp("/codes");
    await screen.findByRole("heading", { name: "Codes" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.querySelector(".alert-banner")).toBeNull();
  });
});
