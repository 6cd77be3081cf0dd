// @vitest-environment dom-and-api
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { IncidentInput } from "../../lib/analytics-types.ts";
import { sandboxIncidents } from "../../mocks/alert-fixtures.ts";
import { renderApp } from "../../mocks/render-app.tsx";
import { useMockServer } from "../../mocks/mock-server.ts";
import { recordInputs } from "../../mocks/trpc-handlers.ts";

const { server, backend } = useMockServer();

/** Demo mode: the sandboxes' switches; what incidents.set was asked is kept. */
function recordIncidents() {
  const calls: IncidentInput[] = [];
  backend().incidents = sandboxIncidents();
  server.use(recordInputs("incidents.set", calls));
  return calls;
}

describe("sandbox incidents", () => {
  it("turns issuer declines on for the picked issuer and off again", async () => {
    const calls = recordIncidents();
    renderApp("/settings");
    fireEvent.change(await screen.findByRole("combobox", { name: "Issuer" }), { target: { value: "Chase" } });
    fireEvent.change(screen.getByRole("spinbutton", { name: "Approvals kept (%)" }), { target: { value: "5" } });
    fireEvent.click(screen.getByRole("button", { name: "Turn on" }));
    await waitFor(() => expect(calls).toEqual([{ kind: "issuer", issuer: "Chase", approvalMultiplier: 0.05 }]));
    fireEvent.click(await screen.findByRole("button", { name: "Turn off" }));
    await waitFor(() => expect(calls[1]).toEqual({ kind: "issuer", issuer: null }));
  });

  it("delays one provider's webhooks and slows another's API", async () => {
    const calls = recordIncidents();
    renderApp("/settings");
    fireEvent.change(await screen.findByRole("spinbutton", { name: "Antom webhook delay (s)" }), {
      target: { value: "120" },
    });
    fireEvent.click(
      screen
        .getAllByRole("group", { name: "Antom webhooks" })[0]
        ?.querySelector("button[aria-pressed='false']:nth-child(2)") ?? document.body,
    );
    await waitFor(() =>
      expect(calls[0]).toEqual({ kind: "webhooks", provider: "antom", mode: "delayed", delayMs: 120_000 }),
    );
    fireEvent.change(screen.getByRole("spinbutton", { name: "Pockyt slow-down (×)" }), { target: { value: "8" } });
    fireEvent.change(screen.getByRole("spinbutton", { name: "Pockyt failure rate (%)" }), { target: { value: "30" } });
    // The buttons wait while the first change is on its way: click once they take clicks again.
    const apply = await waitFor(() => {
      const button = screen.getAllByRole("button", { name: "Apply" })[2] as HTMLButtonElement;
      expect(button.disabled).toBe(false);
      return button;
    });
    fireEvent.click(apply);
    await waitFor(() =>
      expect(calls[1]).toEqual({ kind: "api", provider: "pockyt", latencyMultiplier: 8, failureRate: 0.3 }),
    );
  });

  it("says incidents exist only in demo mode outside it", async () => {
    renderApp("/settings");
    expect(await screen.findByText("Incidents exist only in demo mode")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Turn on" })).toBeNull();
  });
});
