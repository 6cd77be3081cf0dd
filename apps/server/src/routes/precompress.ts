// The built SPA's text files compressed once, beside each file (index-abc.js.br, .gz), so @fastify/static sends them
// (its preCompressed option) instead of compressing the same 1 MB of JavaScript on every request or not at all.
import { createReadStream, createWriteStream } from "node:fs";
import { readdir, rename, stat } from "node:fs/promises";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { constants, createBrotliCompress, createGzip } from "node:zlib";

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map|webmanifest)$/;
/** Below this a compressed copy saves less than the headers it costs. */
const MIN_BYTES = 1024;

const ENCODERS = {
  br: () => createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }),
  gz: () => createGzip({ level: constants.Z_BEST_COMPRESSION }),
} as const;

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

async function modifiedMs(path: string): Promise<number | null> {
  return stat(path).then(
    (s) => s.mtimeMs,
    () => null,
  );
}

/**
 * Writes the missing or outdated .br and .gz copies under `dir` and says how many it wrote. Each is written to a
 * temporary name and renamed, so a request never gets half a file. Streams: zlib works off the event loop.
 */
export async function precompressDir(dir: string): Promise<number> {
  let written = 0;
  for await (const path of files(dir)) {
    if (!COMPRESSIBLE.test(path)) continue;
    const source = await stat(path);
    if (source.size < MIN_BYTES) continue;
    for (const [extension, encoder] of Object.entries(ENCODERS)) {
      const target = `${path}.${extension}`;
      if (((await modifiedMs(target)) ?? -1) >= source.mtimeMs) continue;
      const partial = `${target}.${process.pid}.partial`;
      await pipeline(createReadStream(path), encoder(), createWriteStream(partial));
      await rename(partial, target);
      written += 1;
    }
  }
  return written;
}
