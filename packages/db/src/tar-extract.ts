// Writes the files of an uncompressed tar (PGlite's dumpDataDir("none")) into a folder: a spawned server's data dir
// starts from the migrated template instead of running initdb and every migration itself.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const BLOCK = 512;

function field(header: Buffer, start: number, length: number): string {
  const text = header.toString("utf8", start, start + length);
  const end = text.indexOf("\0");
  return end === -1 ? text : text.slice(0, end);
}

/** Regular files and folders only: a data dir holds nothing else. */
export function extractTar(tar: Buffer, folder: string): void {
  mkdirSync(folder, { recursive: true });
  for (let offset = 0; offset + BLOCK <= tar.length;) {
    const header = tar.subarray(offset, offset + BLOCK);
    const name = field(header, 0, 100);
    if (!name) break; // the two empty blocks that end the archive
    const prefix = field(header, 345, 155);
    const size = parseInt(field(header, 124, 12).trim() || "0", 8);
    const type = field(header, 156, 1) || "0";
    const path = join(folder, ...`${prefix ? `${prefix}/` : ""}${name}`.split("/").filter((p) => p && p !== ".."));
    offset += BLOCK;
    if (type === "5") mkdirSync(path, { recursive: true });
    else if (type === "0") writeFileSync(path, tar.subarray(offset, offset + size));
    else throw new Error(`unexpected tar entry type ${type} for ${name}`);
    offset += Math.ceil(size / BLOCK) * BLOCK;
  }
}
