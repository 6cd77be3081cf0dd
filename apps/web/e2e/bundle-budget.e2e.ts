// The built SPA's first load stays small (issue 17): index.html loads under 150 kB of gzipped JavaScript before the
// first screen, and no chart library; each screen's code comes with its route. Reads dist/, so it runs in the e2e
// project, after the web build (`pnpm --filter @paylens/web build`; `npm test` builds first).
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { BUNDLE_REPORT_FILE, type BundleReport } from "../build/bundle-report.ts";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
/** Gzipped bytes of JavaScript index.html may load before the first screen. */
const INITIAL_JS_GZIP_BUDGET = 150_000;
/** Chart libraries belong to the screens that draw charts. */
const CHART_PACKAGES = /^(recharts|d3-[a-z-]+|victory-vendor)$/;
/** Recharts names its elements "recharts-…": a chunk holding the library holds these class names. */
const RECHARTS_MARK = "recharts-wrapper";

/** The scripts index.html runs and preloads: its module entry and every modulepreload link, as dist-relative paths. */
function scriptsOf(html: string): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  return tags.flatMap((tag) => {
    const module = /^<script\b/.test(tag) && /\btype="module"/.test(tag) ? /\bsrc="\/([^"]+)"/.exec(tag) : null;
    const preload = /^<link\b/.test(tag) && /\brel="modulepreload"/.test(tag) ? /\bhref="\/([^"]+)"/.exec(tag) : null;
    return (module ?? preload)?.[1] ?? [];
  });
}

const read = (file: string) => readFileSync(`${dist}${file}`);

describe("the built web app's first load", () => {
  let initial: string[] = [];
  let report: BundleReport;

  beforeAll(() => {
    if (!existsSync(`${dist}index.html`))
      throw new Error("no apps/web/dist: run `pnpm --filter @paylens/web build` first");
    initial = scriptsOf(read("index.html").toString());
    report = JSON.parse(read(BUNDLE_REPORT_FILE).toString()) as BundleReport;
  });

  it(`loads under ${INITIAL_JS_GZIP_BUDGET / 1000} kB of gzipped JavaScript before the first screen`, () => {
    expect(initial.length).toBeGreaterThan(0);
    const gzip = initial.reduce((sum, file) => sum + gzipSync(read(file)).length, 0);
    expect(gzip).toBeLessThan(INITIAL_JS_GZIP_BUDGET);
  });

  it("loads no chart library before the first screen", () => {
    for (const file of initial) expect(read(file).includes(RECHARTS_MARK), file).toBe(false);
    expect(report.initial.packages.filter((name) => CHART_PACKAGES.test(name))).toEqual([]);
    // The charts are in the build, in a chunk of their own screen: the two checks above look at the right thing.
    const charts = report.chunks.filter((chunk) => chunk.packages.includes("recharts"));
    expect(charts.length).toBeGreaterThan(0);
    for (const chunk of charts) {
      expect(chunk.initial).toBe(false);
      expect(read(chunk.file).includes(RECHARTS_MARK)).toBe(true);
    }
  });

  it("reports what index.html loads, chunk by chunk, with sizes that match the files", () => {
    expect([...report.initial.files].sort()).toEqual([...initial].sort());
    for (const chunk of report.chunks) {
      const code = read(chunk.file);
      expect(chunk.raw, chunk.file).toBe(code.length);
      expect(chunk.gzip, chunk.file).toBe(gzipSync(code).length);
    }
    // Each screen is a chunk of its own, loaded with its route.
    expect(report.chunks.filter((chunk) => !chunk.initial).length).toBeGreaterThanOrEqual(12);
  });
});
