// Streams generated rows into the store with COPY. PostgreSQL: several lanes, each one session running
// `COPY transactions FROM STDIN` chunk after chunk while this process generates the text; COPY writes whole pages
// where INSERT writes row by row. PGlite (one session, no STDIN): each chunk handed over as a blob.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { SEED_COLUMNS } from "./seed-rows.ts";

/** Rows lo..hi of a run; a chunk is one COPY statement (one transaction). */
export interface SeedChunk {
  lo: number;
  hi: number;
}

export type SeedLine = (row: number) => string;

// Bytes per write into the COPY stream: big enough to amortise a write, small enough to keep memory flat.
const PIECE_BYTES = 1 << 20;

/**
 * The chunk's lines packed into buffers as they are made: each line's text dies young, where one long string of
 * thousands of lines would live through collections and be copied (measured: the garbage collector took 3x the
 * generator's time that way).
 */
function* pieces(line: SeedLine, { lo, hi }: SeedChunk): Generator<Buffer<ArrayBuffer>> {
  let piece = Buffer.allocUnsafe(PIECE_BYTES);
  let used = 0;
  for (let row = lo; row <= hi; row++) {
    const text = line(row);
    // A UTF-16 unit is at most 3 bytes of UTF-8.
    if (used + text.length * 3 > piece.length) {
      yield piece.subarray(0, used);
      piece = Buffer.allocUnsafe(Math.max(PIECE_BYTES, text.length * 3));
      used = 0;
    }
    used += piece.write(text, used);
  }
  if (used > 0) yield piece.subarray(0, used);
}

/** Copies every chunk on PostgreSQL, `lanes` sessions at once, each taking the next chunk when it is done. */
export async function copyLanes(
  pool: pg.Pool,
  line: SeedLine,
  chunks: SeedChunk[],
  lanes: number,
  onChunk: (rows: number) => void,
): Promise<void> {
  const queue = [...chunks];
  const lane = async () => {
    const client = await pool.connect();
    try {
      // A lost seed is seeded again: its commits need not wait for the disk.
      await client.query("set synchronous_commit = off");
      for (let chunk = queue.shift(); chunk; chunk = queue.shift()) {
        // The stream waits while the session is behind (backpressure): memory stays one piece per lane.
        await pipeline(
          Readable.from(pieces(line, chunk)),
          client.query(copyFrom(`copy transactions (${SEED_COLUMNS}) from stdin`)),
        );
        onChunk(chunk.hi - chunk.lo + 1);
      }
    } catch (error) {
      // The other lanes stop after their chunk in flight, so the caller's index rebuild does not wait behind them.
      queue.length = 0;
      throw error;
    } finally {
      client.release();
    }
  };
  const results = await Promise.allSettled(Array.from({ length: Math.max(1, lanes) }, lane));
  for (const result of results) if (result.status === "rejected") throw result.reason;
}

/** Copies every chunk into PGlite, one after the other. */
export async function copyPglite(
  pglite: PGlite,
  line: SeedLine,
  chunks: SeedChunk[],
  onChunk: (rows: number) => void,
): Promise<void> {
  for (const chunk of chunks) {
    const blob = new Blob([...pieces(line, chunk)]);
    await pglite.query(`copy transactions (${SEED_COLUMNS}) from '/dev/blob'`, [], { blob });
    onChunk(chunk.hi - chunk.lo + 1);
  }
}
