// The inflate the evidence scan (domain/evidence-scan.ts) is given: node:zlib, which the browser-safe domain may not
// import. One budget per file: a 700 KB file can inflate to gigabytes, and past the budget it cannot be checked whole.
import { constants, inflateRawSync, inflateSync } from "node:zlib";
import type { Inflate } from "@paylens/domain/evidence-bytes";

/** 32 MiB of inflated text per file: far above any document's, far below what would strain the server. */
export const EVIDENCE_INFLATE_BUDGET = 32 * 1024 * 1024;

export function evidenceInflate(budget = EVIDENCE_INFLATE_BUDGET): Inflate {
  let left = budget;
  return (data) => {
    if (left <= 0) return "too_large";
    // A truncated stream still gives what it holds (sync flush); some writers leave out the zlib header.
    const options = { maxOutputLength: left, finishFlush: constants.Z_SYNC_FLUSH };
    for (const inflate of [inflateSync, inflateRawSync]) {
      try {
        const out = inflate(data, options);
        left -= out.length;
        return out;
      } catch (error) {
        if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return "too_large";
      }
    }
    return null;
  };
}
