// @vitest-environment dom-and-api
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { ApprovalInput, BreakdownInput } from "../../lib/analytics-types.ts";
import { refreshAllRollups } from "@paylens/db/queries/analytics-refresh";
import { makeDetail, makeTransaction } from "../../mocks/fixtures.ts";
import { renderApp } from "../../mocks/render-app.tsx";
import { useMockServer } from "../../mocks/mock-server.ts";
import { insertEvents, insertTransactions } from "../../mocks/test-data.ts";
import { failWith, recordInputs } from "../../mocks/trpc-handlers.ts";

const { server, backend } = useMockServer();

/** Sixty attempts over the last six days (every fourth an Antom one in EUR), rolled up as the worker does it. */
async function attempts() {
  const now = Date.now();
  const rows = Array.from({ length: 60 }, (_, n) => {
    const t = makeTransaction(n + 700, new Date(now - (n + 1) * 2.4 * 3_600_000));
    return n % 4 === 0 ? { ...t, provider: "antom", accountId: "antom-demo", currency: "EUR" } : t;
  });
  await insertTransactions(backend().db, rows);
  await insertEvents(
    backend().db,
    rows.flatMap((t) => makeDetail(t).events),
  );
  await refreshAllRollups(backend().db, { sloMs: 60_000 });
}

describe("analytics screen", () => {
  it("asks for the range, bucket and filters in the URL and shows the definition and figures", async () => {
    const inputs: ApprovalInput[] = [];
    await attempts();
    server.use(recordInputs("analytics.approval", inputs));
    const { router } = renderApp("/analytics?range=7d&provider=antom&currency=EUR");
    expect(await screen.findByText(/approved ÷ \(approved \+ declined\)/)).toBeTruthy();
    const input = inputs[0];
    expect(input?.bucket).toBe("1h");
    expect(input?.provider).toEqual(["antom"]);
    expect(input?.currency).toEqual(["EUR"]);
    // Seven days, widened to whole hourly buckets at the start: 168 h up to (not including) 169 h.
    const span = (input?.to.getTime() ?? 0) - (input?.from.getTime() ?? 0);
    expect(span).toBeGreaterThanOrEqual(168 * 3_600_000);
    expect(span).toBeLessThan(169 * 3_600_000);
    fireEvent.click(screen.getByRole("button", { name: "Last hour" }));
    await waitFor(() =>
      expect(router.state.location.search).toEqual({ range: "1h", provider: "antom", currency: "EUR" }),
    );
    await waitFor(() => expect(inputs.at(-1)?.bucket).toBe("1m"));
  });

  it("says what the approval chart draws: each bucket's interval, and thin buckets off the line", async () => {
    await attempts();
    renderApp("/analytics?range=7d");
    const approval = await screen.findByRole("region", { name: "Approval rate" });
    const legend = await within(approval).findByRole("list", { name: "What the chart shows" });
    expect(within(legend).getByText("95% confidence interval")).toBeTruthy();
    expect(within(legend).getByText("Fewer than 20 decided attempts")).toBeTruthy();
    expect(within(approval).getByText(/Hollow dots mark buckets with fewer/)).toBeTruthy();
  });

  it("links a breakdown segment to the transactions it counts, and sorts in the URL", async () => {
    const inputs: BreakdownInput[] = [];
    await attempts();
    server.use(recordInputs("analytics.breakdown", inputs));
    const { router } = renderApp("/analytics");
    const panel = await screen.findByRole("region", { name: "Breakdown" });
    fireEvent.click(within(panel).getByRole("button", { name: "Issuing bank" }));
    await waitFor(() => expect(inputs.at(-1)?.dimension).toBe("issuer"));
    fireEvent.click(await within(panel).findByRole("button", { name: /Approval rate/ }));
    await waitFor(() => expect(router.state.location.search).toEqual({ dim: "issuer", sort: "rate" }));
    fireEvent.click(within(panel).getByRole("link", { name: "Barclays" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/transactions"));
    // The period and the attempt types it counts come along (the old fixture's segments carried neither).
    expect(router.state.location.search.q).toMatch(
      /^issuer:Barclays type:payment,authorization created>=\S+Z created<\S+Z$/,
    );
  });

  it("shows an empty and an error state per panel", async () => {
    // An empty database has no attempts in any period.
    server.use(failWith("analytics.latency", "INTERNAL_SERVER_ERROR", "latency rollup unavailable"));
    renderApp("/analytics");
    const approval = await screen.findByRole("region", { name: "Approval rate" });
    expect(await within(approval).findByText("No attempts in this period")).toBeTruthy();
    const latency = screen.getByRole("region", { name: "Provider latency" });
    expect(await within(latency).findByText("latency rollup unavailable")).toBeTruthy();
  });
});
