// @vitest-environment dom-and-api
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { listAudit } from "@paylens/db/queries/audit";
import { renderApp } from "../../mocks/render-app.tsx";
import { useMockServer } from "../../mocks/mock-server.ts";

const { backend } = useMockServer();

const text = (node: Element | null | undefined) => node?.textContent?.replace(/[\u00a0\u202f]/g, " ") ?? "";

async function limitsTable() {
  renderApp("/settings");
  return screen.findByRole("table", { name: "Approval limit per currency" });
}
const rowOf = (table: HTMLElement, currency: string) => {
  const row = table.querySelector(`tr[data-currency="${currency}"]`);
  if (!row) throw new Error(`no ${currency} row`);
  return row as HTMLElement;
};

describe("refund approval limits in Settings", () => {
  it("shows each currency's limit in its own units, and an admin changes one, audited, and puts it back", async () => {
    await backend().signIn("admin@paylens.demo");
    const table = await limitsTable();
    expect(text(rowOf(table, "JPY"))).toMatch(/^JPY\s*50,000\s*JPY\s*50,000\s*JPY\s*0/);
    expect(text(rowOf(table, "USD"))).toContain("500.00");
    expect(text(rowOf(table, "KWD"))).toContain("150.000");
    expect(text(screen.getByRole("region", { name: "Refund approval limits" }))).toContain(
      "Any currency not in this table: every refund waits for a second person.",
    );

    fireEvent.click(within(table).getByRole("button", { name: "Change the JPY limit" }));
    const input = within(table).getByRole("textbox", { name: "Limit in JPY" });
    expect((input as HTMLInputElement).value).toBe("50000");
    fireEvent.change(input, { target: { value: "1.5" } });
    const save = within(table).getByRole("button", { name: "Save" }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    expect(text(rowOf(table, "JPY"))).toContain("Enter the limit in whole JPY: it has no minor units.");
    fireEvent.change(input, { target: { value: "100 000" } });
    expect(save.disabled).toBe(false);
    fireEvent.click(save);
    await waitFor(() => expect(text(rowOf(table, "JPY"))).toContain("100,000"));
    expect(text(rowOf(table, "JPY"))).toContain("Changed");

    const audit = await listAudit(backend().db, { action: "settings.approval_limit" }, 10, null);
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({ subject: "JPY", after: { aboveMinor: "100000", source: "override" } });

    fireEvent.click(within(table).getByRole("button", { name: "Put JPY back to its default" }));
    await waitFor(() => expect(text(rowOf(table, "JPY"))).not.toContain("Changed"));
    expect(text(rowOf(table, "JPY"))).toContain("50,000");
  });

  it("adds a limit for a currency the table lacks", async () => {
    await backend().signIn("admin@paylens.demo");
    const table = await limitsTable();
    const region = screen.getByRole("region", { name: "Refund approval limits" });
    fireEvent.change(within(region).getByLabelText("Currency code"), { target: { value: "mn1" } });
    expect(text(region)).toContain("A currency code is three capital letters, e.g. JPY.");
    fireEvent.change(within(region).getByLabelText("Currency code"), { target: { value: "mnt" } });
    fireEvent.change(within(region).getByLabelText("Limit"), { target: { value: "1500000" } });
    fireEvent.click(within(region).getByRole("button", { name: "Add a currency" }));
    await waitFor(() => expect(text(rowOf(table, "MNT"))).toContain("1,500,000.00"));
    expect(text(rowOf(table, "MNT"))).toContain("none");
  });

  it("shows the limits to ops without a way to change them", async () => {
    const table = await limitsTable();
    expect(text(rowOf(table, "EUR"))).toContain("500.00");
    expect(within(table).queryByRole("button")).toBeNull();
    expect(text(screen.getByRole("region", { name: "Refund approval limits" }))).toContain(
      "Only an admin changes these limits",
    );
  });
});
