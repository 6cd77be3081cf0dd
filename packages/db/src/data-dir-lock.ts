// PGlite's data folder can be open in one process only: a second one corrupts it (seen: "RuntimeError: Aborted", then
// the database recreated empty). A lock file beside the folder, holding the owner's pid, makes the second refuse.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The data folder ${dataDir} is in use by another Paylens process (pid ${pid}). Stop it first, or point PAYLENS_DATA_DIR at another folder.`,
    );
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the folder's lock (or a stale one left by a crashed process); returns the release. */
export function lockDataDir(dataDir: string): () => void {
  const file = `${dataDir.replace(/\/+$/, "")}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number.parseInt(readFileSync(file, "utf8"), 10);
      if (Number.isInteger(owner) && owner !== process.pid && alive(owner)) throw new DataDirInUseError(dataDir, owner);
      // Left by a process that is gone (a crash, SIGKILL): take it over.
      rmSync(file, { force: true });
    }
  }
  throw new Error(`cannot lock ${dataDir}`);
}
