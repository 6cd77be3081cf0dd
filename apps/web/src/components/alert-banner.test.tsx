// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { makeAlert } from "../mocks/analytics-fixtures.ts";
import { mockHandlers, staticStore } from "../mocks/mock-store.ts";
import { renderApp } from "../mocks/render-app.tsx";
import { useMockServer } from "../mocks/mock-server.ts";
import { trpcQuery } from "../mocks/trpc-handlers.ts";

const server = useMockServer();

describe("alert banner", () => {
  it("appears on every screen while an alert is active, with its message, segment and age, and links to the list", async () => {
    const alert = makeAlert("a1", 12);
    server.use(
      trpcQuery("alerts.active", () => [alert]),
      trpcQuery("alerts.list", () => [alert]),
      ...mockHandlers(staticStore([])),
    );
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
    server.use(...mockHandlers(staticStore([])));
    renderApp("/codes");
    await screen.findByRole("heading", { name: "Codes" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.querySelector(".alert-banner")).toBeNull();
  });
});
