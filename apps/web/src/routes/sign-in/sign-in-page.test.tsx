// @vitest-environment dom-and-api
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { makeTransaction } from "../../mocks/fixtures.ts";
import { useMockServer } from "../../mocks/mock-server.ts";
import { renderApp } from "../../mocks/render-app.tsx";
import { insertTransactions } from "../../mocks/test-data.ts";
import { failWith, recordInputs } from "../../mocks/trpc-handlers.ts";

const { server, backend } = useMockServer();
const payment = { ...makeTransaction(3, new Date("2026-11-23T12:00:00Z")), type: "payment", status: "successful" };

function signIn(email: string, password: string) {
  fireEvent.change(screen.getByLabelText("E-mail"), { target: { value: email } });
  fireEvent.change(screen.getByLabelText("Password"), { target: { value: password } });
  fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
}

describe("sign-in gate", () => {
  it("asks a signed-out visitor to sign in, names wrong credentials, then opens the page they were heading to", async () => {
    await insertTransactions(backend().db, [payment]);
    await backend().signIn(null);
    renderApp(`/transactions/${payment.id}`);
    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeTruthy();
    expect(screen.queryByRole("navigation", { name: "Main" })).toBeNull();

    signIn("ops@paylens.demo", "wrong-password");
    expect((await screen.findByRole("alert")).textContent).toBe("Wrong e-mail or password");

    signIn("ops@paylens.demo", "paylens-demo");
    expect(await screen.findByRole("region", { name: "Actions" })).toBeTruthy();
    expect(screen.getByText("Olga Ops")).toBeTruthy();
    expect(screen.getByLabelText("Role: Ops")).toBeTruthy();
  });

  it("says so when there were too many attempts", async () => {
    await backend().signIn(null);
    server.use(failWith("auth.signIn", "TOO_MANY_REQUESTS", "Too many sign-in attempts: wait a minute and try again"));
    renderApp("/transactions");
    await screen.findByRole("heading", { name: "Sign in" });
    signIn("ops@paylens.demo", "paylens-demo");
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Too many sign-in attempts: wait a minute and try again",
    );
  });

  it("sends the session's CSRF token with changes, and returns to sign-in when the session ends", async () => {
    let notesHeader: string | null = null;
    let expired = false;
    await insertTransactions(backend().db, [payment]);
    server.use(
      recordInputs("notes.add", [], (request) => (notesHeader = request.headers.get("x-csrf-token"))),
      failWith("notes.list", "UNAUTHORIZED", "Sign in first", () => expired),
    );
    renderApp(`/transactions/${payment.id}`);
    const box = await screen.findByRole("textbox", { name: "New note" });
    fireEvent.change(box, { target: { value: "Customer called" } });
    expired = true; // the refetch after the note finds the session gone
    fireEvent.click(screen.getByRole("button", { name: "Add note" }));
    await waitFor(() => expect(notesHeader).toBe(backend().csrfToken));
    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeTruthy();
  });

  it("signs out from the header", async () => {
    renderApp("/audit");
    fireEvent.click(await screen.findByRole("button", { name: "Sign out" }));
    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeTruthy();
  });
});
