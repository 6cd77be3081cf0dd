import { t } from "../../i18n/index.ts";
import { useEffect, useRef, useState } from "react";
import { EMPTY_COUNTER, countCsv, csvRows, exportFileName, parseTotal } from "../../lib/csv-progress.ts";

export type ExportState =
  | { phase: "idle" }
  | { phase: "running"; rows: number; total: number | null }
  | { phase: "done"; rows: number; fileName: string }
  | { phase: "cancelled" }
  | { phase: "failed"; message: string };

/** The server's own words for a refused export ({ "error": "bad search term …" }), else the HTTP status. */
async function failure(response: Response): Promise<string> {
  const body: unknown = await response.json().catch(() => null);
  const error = typeof body === "object" && body !== null && "error" in body ? body.error : null;
  return typeof error === "string" ? error : t("transactions.export.httpStatus", { status: response.status });
}

/** Hands the finished file to the browser's downloads. */
function saveFile(parts: BlobPart[], fileName: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Streams the server's CSV of every matching row, counting rows as they arrive; cancel aborts the download. */
export function useCsvExport() {
  const [state, setState] = useState<ExportState>({ phase: "idle" });
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const start = async (url: string) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setState({ phase: "running", rows: 0, total: null });
    try {
      const response = await fetch(url, { signal: abort.signal, headers: { Accept: "text/csv" } });
      if (!response.ok || !response.body) throw new Error(await failure(response));
      const total = parseTotal(response.headers.get("X-Total-Count"));
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      const parts: BlobPart[] = [];
      let counter = EMPTY_COUNTER;
      let shownAt = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
        counter = countCsv(counter, decoder.decode(value, { stream: true }));
        // Re-render a few times a second, not per chunk.
        const now = Date.now();
        if (now - shownAt > 100) {
          shownAt = now;
          setState({ phase: "running", rows: csvRows(counter), total });
        }
      }
      const rows = csvRows(countCsv(counter, decoder.decode()));
      const fileName = exportFileName(new Date());
      saveFile(parts, fileName);
      setState({ phase: "done", rows, fileName });
    } catch (error) {
      if (abort.signal.aborted) setState({ phase: "cancelled" });
      else
        setState({
          phase: "failed",
          message: error instanceof Error ? error.message : t("transactions.export.unknownError"),
        });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  };

  return {
    state,
    start: (url: string) => void start(url),
    cancel: () => controller.current?.abort(),
    dismiss: () => setState({ phase: "idle" }),
  };
}
