// @vitest-environment dom-and-api
// Scheduling a saved view from its menu: the dialog names what Slack can and cannot receive, and saving stores the
// schedule (weekly, its day, hour, zone and channel) for the signed-in finance user, listed in Settings.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../mocks/render-app.tsx";
import { useMockServer } from "../../mocks/mock-server.ts";

const { backend } = useMockServer();

describe("scheduled reports", () => {
  it("schedules a saved view weekly through e-mail, and lists it in Settings", async () => {
    const admin = backend().as("admin@paylens.demo");
    const channel = (kind: "email" | "slack", name: string) =>
      admin.alertChannels.create(
        kind === "email"
          ? {
              id: crypto.randomUUID(),
              kind,
              name,
              rules: [],
              target: { host: "127.0.0.1", port: 2525, secure: false, from: "paylens@shop.test", to: "fin@shop.test" },
            }
          : {
              id: crypto.randomUUID(),
              kind,
              name,
              rules: [],
              target: {},
              secret: "https://hooks.slack.com/services/T0/B0/XXXXXXXXXXXXXXXX",
            },
      );
    const mailbox = await channel("email", "Finance mailbox");
    await channel("slack", "#finance");
    await backend().signIn("finance@paylens.demo");
    const finance = backend().as("finance@paylens.demo");
    const view = await finance.views.save({
      name: "Failed payments",
      query: "status:failed",
      sort: "created",
      dir: "desc",
      columns: [],
      pageSize: 50,
      density: "comfortable",
    });

    const { router } = renderApp("/transactions");
    fireEvent.click(await screen.findByRole("button", { name: "Saved views" }));
    fireEvent.click(await screen.findByRole("button", { name: "Schedule “Failed payments” as a report" }));
    const dialog = await screen.findByRole("dialog", { name: "Schedule a report" });
    const form = within(dialog);
    const save = form.getByRole("button", { name: "Save the schedule" }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);

    fireEvent.change(form.getByRole("textbox", { name: "Name" }), { target: { value: "Weekly failures" } });
    fireEvent.change(form.getByRole("combobox", { name: "How often" }), { target: { value: "weekly" } });
    fireEvent.change(form.getByRole("combobox", { name: "Day" }), { target: { value: "5" } });
    expect(form.getByRole("option", { name: "Friday" })).toBeTruthy();
    fireEvent.change(form.getByRole("combobox", { name: "Time" }), { target: { value: "18" } });
    fireEvent.change(form.getByRole("combobox", { name: "Time zone" }), { target: { value: "Europe/Warsaw" } });
    const send = form.getByRole("combobox", { name: "Send to" });
    await form.findByRole("option", { name: "#finance · Slack" });
    fireEvent.change(send, {
      target: { value: form.getByRole("option", { name: "#finance · Slack" }).getAttribute("value") },
    });
    expect(form.getByRole("note").textContent).toContain("Slack incoming webhooks cannot take files");
    fireEvent.change(send, { target: { value: mailbox.id } });
    expect(form.getByRole("note").textContent).toBe("The CSV arrives as an attachment, with a link to the view.");
    fireEvent.click(save);
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());

    const [stored, ...more] = await finance.reportSchedules.list();
    expect(more).toEqual([]);
    expect(stored).toMatchObject({
      name: "Weekly failures",
      source: "view",
      viewId: view.id,
      cadence: "weekly",
      weekday: 5,
      hour: 18,
      timeZone: "Europe/Warsaw",
      channelId: mailbox.id,
      paused: false,
    });

    await router.navigate({ to: "/settings" });
    const list = await screen.findByRole("heading", { name: "Scheduled reports" });
    expect(list).toBeTruthy();
    expect(await screen.findByText("Weekly failures")).toBeTruthy();
    expect(screen.getByText(/Every Friday at 18:00 \(Europe\/Warsaw\)/)).toBeTruthy();
    expect(screen.getByText("Not sent yet")).toBeTruthy();
    // Finance does not manage channels: that section is not shown to them.
    expect(screen.queryByRole("heading", { name: "Notification channels" })).toBeNull();
  });
});
