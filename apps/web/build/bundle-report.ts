// The web build's bundle report: every chunk's size raw and gzipped, and the JavaScript index.html loads before the
// first screen (the entry and the chunks it imports statically, which Vite modulepreloads). Written to
// dist/bundle-report.json and printed after the build; e2e/bundle-budget.e2e.ts holds the budget against it.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Logger, Plugin } from "vite";

export const BUNDLE_REPORT_FILE = "bundle-report.json";

export interface ChunkSize {
  file: string;
  raw: number;
  gzip: number;
  /** Loaded by index.html before the first screen. */
  initial: boolean;
  /** The npm packages bundled into it, by name. */
  packages: string[];
}

export interface BundleReport {
  initial: { files: string[]; raw: number; gzip: number; packages: string[] };
  chunks: ChunkSize[];
  css: { file: string; raw: number; gzip: number }[];
}

type Output = Parameters<Extract<Plugin["writeBundle"], (...args: never[]) => unknown>>[1];

const gzipSize = (source: string | Uint8Array) => gzipSync(source).length;

/** "@tanstack/router-core" from ".../node_modules/.pnpm/x/node_modules/@tanstack/router-core/dist/esm/x.js". */
function packageOf(moduleId: string): string | null {
  const tail = moduleId.split("node_modules/").at(-1);
  if (tail === undefined || tail === moduleId) return null;
  const parts = tail.split("/");
  return (parts[0]?.startsWith("@") ? parts.slice(0, 2) : parts.slice(0, 1)).join("/");
}

export function measureBundle(bundle: Output): BundleReport {
  const chunks = Object.values(bundle).flatMap((item) => (item.type === "chunk" ? [item] : []));
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  // What the page needs before anything renders: the entries and, transitively, what they import statically.
  const initial = new Set<string>();
  const visit = (file: string) => {
    if (initial.has(file)) return;
    initial.add(file);
    for (const imported of byFile.get(file)?.imports ?? []) visit(imported);
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName);

  const sizes: ChunkSize[] = chunks
    .map((chunk) => ({
      file: chunk.fileName,
      raw: Buffer.byteLength(chunk.code),
      gzip: gzipSize(chunk.code),
      initial: initial.has(chunk.fileName),
      packages: [...new Set(Object.keys(chunk.modules).flatMap((id) => packageOf(id) ?? []))].sort(),
    }))
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);
  const first = sizes.filter((chunk) => chunk.initial);
  const css = Object.values(bundle).flatMap((item) =>
    item.type === "asset" && item.fileName.endsWith(".css")
      ? [{ file: item.fileName, raw: Buffer.byteLength(item.source), gzip: gzipSize(item.source) }]
      : [],
  );
  return {
    initial: {
      files: first.map((chunk) => chunk.file),
      raw: first.reduce((sum, chunk) => sum + chunk.raw, 0),
      gzip: first.reduce((sum, chunk) => sum + chunk.gzip, 0),
      packages: [...new Set(first.flatMap((chunk) => chunk.packages))].sort(),
    },
    chunks: sizes,
    css,
  };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

function table(report: BundleReport): string {
  const width = Math.max(...report.chunks.map((chunk) => chunk.file.length));
  const rows = report.chunks.map(
    (chunk) =>
      `  ${chunk.initial ? "*" : " "} ${chunk.file.padEnd(width)}  ${kB(chunk.raw).padStart(11)}  ${kB(chunk.gzip).padStart(10)} gzip`,
  );
  return [
    `Bundle report (dist/${BUNDLE_REPORT_FILE}): ${report.chunks.length} chunks, * loaded by index.html`,
    ...rows,
    `  initial JavaScript: ${kB(report.initial.raw)}, ${kB(report.initial.gzip)} gzip in ${report.initial.files.length} files`,
  ].join("\n");
}

/** Measures the chunks as written (after every other plugin's last touch), writes the report beside them and prints it. */
export function bundleReport(): Plugin {
  let logger: Logger | undefined;
  return {
    name: "paylens:bundle-report",
    apply: "build",
    configResolved(config) {
      logger = config.logger;
    },
    writeBundle(options, bundle) {
      const report = measureBundle(bundle);
      writeFileSync(join(options.dir ?? "dist", BUNDLE_REPORT_FILE), `${JSON.stringify(report, null, 2)}\n`);
      logger?.info(`\n${table(report)}`);
    },
  };
}
