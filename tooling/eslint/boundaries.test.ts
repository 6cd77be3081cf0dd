// The import boundaries, proved: each package's own eslint.config.js lints small sources written to a path inside it
// (nothing is written to disk), and each import must be refused or allowed exactly as ARCHITECTURE.md says.
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const repo = resolve(import.meta.dirname, "../..");
const BOUNDARY_RULES = new Set(["no-restricted-imports", "paylens/inside-package"]);

/** [file in the package, import line, allowed?] */
type Case = [file: string, line: string, allowed: boolean];

const value = (from: string, name = "x") => `import { ${name} } from "${from}";`;
const type = (from: string, name = "X") => `import type { ${name} } from "${from}";`;

const CASES: Record<string, Case[]> = {
  "packages/domain": [
    ["src/x.ts", value("./money.ts"), true],
    ["src/x.ts", value("@paylens/codes/catalogue"), false],
    ["src/x.ts", type("@paylens/db/client"), false],
    ["src/x.ts", value("../../codes/src/catalogue.ts"), false],
  ],
  "packages/codes": [
    ["src/x.ts", value("./reasons.ts"), true],
    ["src/x.ts", value("@paylens/domain/money"), false],
  ],
  "packages/providers": [
    ["src/x.ts", value("@paylens/domain/money"), true],
    ["src/begateway/x.ts", value("@paylens/codes/begateway"), true],
    ["src/begateway/x.ts", value("../connector.ts"), true],
    ["src/x.ts", value("@paylens/db/client"), false],
    ["src/x.ts", type("@paylens/api/context"), false],
    ["src/x.ts", value("@paylens/sandbox/cards"), false],
  ],
  "packages/db": [
    ["src/queries/x.ts", value("@paylens/domain/transaction"), true],
    ["src/queries/x.ts", value("@paylens/codes/reasons"), true],
    ["src/queries/x.ts", value("../client.ts"), true],
    ["src/queries/x.ts", type("@paylens/providers/connector"), false],
    ["src/queries/x.ts", value("@paylens/api/root"), false],
    ["src/queries/x.ts", value("../../../domain/src/money.ts"), false],
    ["src/queries/x.ts", value("@paylens/providers/catalog"), false],
    ["src/test-transactions.ts", value("@paylens/providers/catalog"), true],
    ["src/test-transactions.ts", value("@paylens/providers/connectors"), false],
  ],
  "packages/api": [
    ["src/routers/x.ts", value("@paylens/db/client"), true],
    ["src/routers/x.ts", value("@paylens/domain/roles"), true],
    ["src/routers/x.ts", value("@paylens/codes/reasons"), true],
    ["src/routers/x.ts", value("@paylens/providers/code-catalogue"), true],
    ["src/routers/x.ts", value("@paylens/providers/connector", "PayloadError"), true],
    ["src/routers/x.ts", type("@paylens/providers/connector", "Connector"), true],
    ["src/routers/x.ts", value("@paylens/providers/catalog"), true],
    ["src/routers/x.ts", value("@paylens/providers/connectors", "connectorFor"), false],
    ["src/routers/x.ts", value("@paylens/providers/begateway/client"), false],
    ["src/routers/x.ts", value("@paylens/providers/http-call"), false],
    ["src/routers/x.ts", value("@paylens/sandbox/cards"), false],
    ["src/routers/x.ts", value("@paylens/server/env"), false],
    ["src/actions/request-action.ts", value("@paylens/providers/connectors", "connectorFor"), false],
    ["src/actions/send-action.ts", value("@paylens/providers/connectors", "connectorFor"), false],
    ["src/actions/send-action.ts", value("@paylens/providers/begateway/client"), false],
    ["src/x.test.ts", value("@paylens/db/test-db"), true],
    ["src/x.test.ts", value("@paylens/providers/connectors", "connectorFor"), false],
  ],
  "apps/sandbox": [
    ["src/begateway/x.ts", value("@paylens/domain/card"), true],
    ["src/traffic/x.ts", type("@paylens/providers/connector", "Connector"), true],
    ["src/pockyt/x.ts", value("@paylens/providers/pockyt/sign", "pockytSign"), true],
    ["src/pockyt/x.ts", value("@paylens/providers/pockyt/params", "formBody"), true],
    ["src/antom/x.ts", value("@paylens/providers/antom/report", "ANTOM_SETTLEMENT_COLUMNS"), true],
    ["src/antom/x.ts", value("@paylens/providers/antom/report", "antomSettlementReport"), false],
    ["src/traffic/x.ts", value("@paylens/providers/connector", "PayloadError"), false],
    ["src/traffic/x.ts", value("@paylens/providers/connectors", "connectorFor"), false],
    ["src/antom/x.ts", value("@paylens/providers/antom/client", "antomClient"), false],
    ["src/pockyt/x.ts", value("@paylens/providers/pockyt/map"), false],
    ["src/x.ts", value("@paylens/codes/antom"), false],
    ["src/x.ts", value("@paylens/db/client"), false],
    ["src/x.ts", type("@paylens/api/root"), false],
    ["src/x.ts", value("../../../packages/providers/src/pockyt/sign.ts"), false],
    // Tests drive the real connectors against the emulators.
    ["src/antom/x.test.ts", value("@paylens/providers/antom/index", "antom"), true],
    ["src/antom/x.test.ts", value("@paylens/db/client"), false],
  ],
  "apps/server": [
    ["src/routes/x.ts", value("@paylens/api/root"), true],
    ["src/routes/x.ts", value("@paylens/db/client"), true],
    ["src/routes/x.ts", value("@paylens/domain/card"), true],
    ["src/routes/x.ts", value("@paylens/providers/code-catalogue"), true],
    ["src/routes/x.ts", value("@paylens/providers/connectors"), true],
    ["src/main.ts", value("@paylens/sandbox/traffic/generator"), false],
    ["src/routes/x.ts", value("@paylens/sandbox/cards"), false],
    ["src/workers/x.ts", type("@paylens/sandbox/http-server"), false],
    ["src/demo/x.ts", value("@paylens/sandbox/traffic/generator"), true],
    ["src/seed/x.ts", value("@paylens/sandbox/cards"), true],
    ["src/seed/x.test.ts", value("@paylens/sandbox/cards"), true],
    ["src/actions/action-harness.ts", value("@paylens/sandbox/cards"), true],
    ["src/demo/x.ts", value("@paylens/web/main"), false],
    ["src/x.ts", value("../../../packages/db/src/client.ts"), false],
    ["src/routes/x.ts", value("../accounts.ts"), true],
  ],
  bench: [
    ["run.ts", value("@paylens/db/client"), true],
    ["run.ts", value("@paylens/server/seed/palette"), true],
    ["ingest.ts", value("@paylens/providers/test-webhook-forge"), true],
    ["search.ts", value("@paylens/domain/money"), true],
    ["search.ts", value("./samples.ts"), true],
    ["run.ts", value("@paylens/sandbox/cards"), false],
    ["run.ts", value("../packages/db/src/client.ts"), false],
  ],
  "apps/web": [
    ["src/x.ts", type("@paylens/api/root", "AppRouter"), true],
    ["src/x.ts", value("@paylens/domain/money"), true],
    ["src/x.ts", value("@paylens/codes/reasons"), true],
    ["src/x.ts", value("@paylens/providers/catalog"), true],
    ["src/x.ts", value("@paylens/api/root", "appRouter"), false],
    ["src/x.ts", value("@paylens/db/client"), false],
    ["src/x.ts", value("@paylens/providers/connectors"), false],
    ["src/x.ts", value("../../../packages/domain/src/money.ts"), false],
  ],
};

const linters = new Map<string, ESLint>();
function linterFor(dir: string): ESLint {
  const cwd = join(repo, dir);
  if (!linters.has(dir)) linters.set(dir, new ESLint({ cwd, overrideConfigFile: join(cwd, "eslint.config.js") }));
  return linters.get(dir) as ESLint;
}

async function boundaryErrors(dir: string, file: string, line: string): Promise<string[]> {
  // The import is used, so only the boundary rules can object to it.
  const name = /\{ (\w+) \}/.exec(line)?.[1] ?? "x";
  const use = line.startsWith("import type") ? `export type Used = ${name};` : `export const used = ${name};`;
  const [result] = await linterFor(dir).lintText(`${line}\n${use}\n`, { filePath: join(repo, dir, file) });
  return (result?.messages ?? []).filter((m) => BOUNDARY_RULES.has(m.ruleId ?? "")).map((m) => m.message);
}

describe("import boundaries", () => {
  it("covers every package of the workspace", () => {
    const packages = ["apps", "packages"].flatMap((group) =>
      readdirSync(join(repo, group), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `${group}/${entry.name}`),
    );
    expect(Object.keys(CASES).sort()).toEqual([...packages, "bench"].sort());
  });

  for (const [dir, cases] of Object.entries(CASES)) {
    describe(dir, () => {
      it.each(cases)("%s: %s → allowed %s", async (file, line, allowed) => {
        const errors = await boundaryErrors(dir, file, line);
        if (allowed) expect(errors).toEqual([]);
        else expect(errors).not.toEqual([]);
      });
    });
  }
});
