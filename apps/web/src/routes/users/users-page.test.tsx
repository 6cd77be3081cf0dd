// @vitest-environment dom-and-api
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useMockServer } from "../../mocks/mock-server.ts";
import { renderApp } from "../../mocks/render-app.tsx";

const { backend } = useMockServer();

describe("users & tokens screen", () => {
  it("creates a user, changes a role and shows a new token's secret once", async () => {
    await backend().signIn("admin@paylens.demo");
    renderApp("/users");
    const users = await screen.findByRole("region", { name: "Users" });
    await within(users).findByText("Olga Ops");
    // Admins cannot demote themselves: their own role control is off.
    expect((within(users).getByRole("combobox", { name: "Role of Ada Admin" }) as HTMLSelectElement).disabled).toBe(
      true,
    );

    const form = screen.getByRole("form", { name: "New user" });
    fireEvent.change(within(form).getByLabelText("Name"), { target: { value: "Nina New" } });
    fireEvent.change(within(form).getByLabelText("E-mail"), { target: { value: "nina@example.com" } });
    fireEvent.change(within(form).getByLabelText("First password"), { target: { value: "long-enough-pw" } });
    fireEvent.click(within(form).getByRole("button", { name: "Create user" }));
    expect(await within(users).findByText("Nina New")).toBeTruthy();

    fireEvent.change(within(users).getByRole("combobox", { name: "Role of Nina New" }), {
      target: { value: "finance" },
    });
    await waitFor(() =>
      expect((within(users).getByRole("combobox", { name: "Role of Nina New" }) as HTMLSelectElement).value).toBe(
        "finance",
      ),
    );

    const tokens = screen.getByRole("region", { name: "API tokens" });
    fireEvent.change(within(tokens).getByLabelText("Token name"), { target: { value: "nightly export" } });
    fireEvent.click(within(tokens).getByRole("button", { name: "Create token" }));
    const secret = await within(tokens).findByRole("status");
    expect(secret.textContent).toMatch(/pl_[\w-]{43}/);
    expect(within(secret).getByRole("button", { name: "Copy token" })).toBeTruthy();
    fireEvent.click(within(secret).getByRole("button", { name: "Done" }));
    expect(within(tokens).queryByRole("status")).toBeNull();
    expect(tokens.textContent).not.toMatch(/pl_[\w-]{43}/);
    fireEvent.click(await within(tokens).findByRole("button", { name: "Revoke" }));
    expect(await within(tokens).findByText("Revoked")).toBeTruthy();
  });

  it("is not in the navigation for other roles, and says so when opened", async () => {
    renderApp("/users");
    expect(await screen.findByText("Only admins manage users")).toBeTruthy();
    expect(within(screen.getByRole("navigation", { name: "Main" })).queryByRole("link", { name: /Users/ })).toBeNull();
  });
});
