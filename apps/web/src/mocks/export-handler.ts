// The CSV export is a plain HTTP route of the server (apps/server routes/export.ts), not tRPC: component tests answer
// it from the real search over the test database, one row id per line after a header, in batches as the server sends.
import { HttpResponse, http, type HttpHandler } from "msw";
import { parseQuery } from "@paylens/api/search-input";
import { searchBatches, searchTotals } from "@paylens/db/queries/search";
import type { SortKey } from "../lib/api-types.ts";
import type { Backend } from "./api-backend.ts";

export function exportHandler(backend: () => Backend): HttpHandler {
  return http.get("*/export/transactions.csv", async ({ request }) => {
    const params = new URL(request.url).searchParams;
    const { terms } = parseQuery(params.get("q") ?? "");
    const db = backend().db;
    const { count } = await searchTotals(db, terms, { exact: true });
    const sort = (params.get("sort") ?? "created") as SortKey;
    const batches = searchBatches(db, { terms, sort, dir: params.get("dir") === "asc" ? "asc" : "desc" }, 40);
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(encoder.encode("id\n"));
        for await (const batch of batches)
          controller.enqueue(encoder.encode(batch.map((row) => `${row.id}\n`).join("")));
        controller.close();
      },
    });
    return new HttpResponse(body, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "X-Total-Count": String(count) },
    });
  });
}
