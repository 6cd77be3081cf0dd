// A provider is one folder and one registry line: the whole tree names each test-only provider in its folder and in
// test-providers.ts, nowhere else (the server, the api, the db, the web and their tests read it from the registry).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { TEST_PROVIDERS } from "./test-providers.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const SKIPPED = new Set(["node_modules", ".git", ".turbo", "dist", "coverage", ".pnpm-store"]);
const TEXT = /\.(ts|tsx|js|mjs|cjs|json|md|sql|css|html|yaml|yml)$/;

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name) || entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (TEXT.test(entry.name)) yield path;
  }
}

describe.each(TEST_PROVIDERS.map((provider) => [provider.definition.id] as const))("test provider %s", (id) => {
  it("is named only in its own folder and on its registry line", () => {
    const naming = [...sourceFiles(ROOT)]
      .filter((file) => readFileSync(file, "utf8").toLowerCase().includes(id.toLowerCase()))
      .map((file) => relative(ROOT, file));
    const folder = `packages/providers/src/test-providers/${id}/`;
    const outside = naming.filter((file) => !file.startsWith(folder));
    expect(outside).toEqual(["packages/providers/src/test-providers.ts"]);
    const line = readFileSync(join(ROOT, "packages/providers/src/test-providers.ts"), "utf8")
      .split("\n")
      .filter((text) => text.toLowerCase().includes(id.toLowerCase()));
    // Its import and its entry in the list.
    expect(line).toHaveLength(2);
    expect(naming.filter((file) => file.startsWith(folder)).length).toBeGreaterThan(3);
  });
});
