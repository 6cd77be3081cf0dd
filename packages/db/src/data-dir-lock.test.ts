import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DataDirInUseError, lockDataDir } from "./data-dir-lock.ts";

describe("the PGlite data folder lock", () => {
  const root = mkdtempSync(join(tmpdir(), "paylens-lock-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("refuses a folder a live process holds, naming the folder and the process", () => {
    const dir = join(root, "held");
    // The parent of this test process is alive and is not us.
    writeFileSync(`${dir}.lock`, String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
    expect(() => lockDataDir(dir)).toThrow(
      `The data folder ${dir} is in use by another Paylens process (pid ${process.ppid})`,
    );
  });

  it("takes over a lock left by a process that is gone, and releases it", () => {
    const dir = join(root, "stale");
    writeFileSync(`${dir}.lock`, "999999999");
    const release = lockDataDir(dir);
    expect(existsSync(`${dir}.lock`)).toBe(true);
    release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });
});
