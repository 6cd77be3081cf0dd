// The console's guard against English left in JSX (apps/web/eslint.config.js, issue 16), proved: apps/web's own config
// lints small components written to a path inside it (nothing is written to disk); words are refused, what is no word
// (symbols, routes, CSS values, data keys, acronyms, example values) passes, and tests may say what they like.
import { join, resolve } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const web = resolve(import.meta.dirname, "../../apps/web");
const linter = new ESLint({ cwd: web, overrideConfigFile: join(web, "eslint.config.js") });

async function literalErrors(jsx: string, file = "src/x.tsx"): Promise<number> {
  const source = `import { t } from "./i18n/index.ts";\nexport const Panel = ({ ok }: { ok: boolean }) => (${jsx});\nvoid t;\n`;
  const [result] = await linter.lintText(source, { filePath: join(web, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId?.endsWith("/no-literal-string")).length;
}

describe("no English literals in the console's JSX", () => {
  it.each([
    "<p>Hello world</p>",
    '<button type="button" aria-label="Close dialog" />',
    '<input placeholder="Search transactions" />',
    '<p>{ok ? "Sent." : "Failed"}</p>',
    "<p>{`Exporting ${1} rows`}</p>",
    // A lone word between elements, lower-case as it may be.
    "<span>of</span>",
  ])("refuses %s", async (jsx) => {
    expect(await literalErrors(jsx)).toBeGreaterThan(0);
  });

  it.each([
    '<p>{t("common.close")}</p>',
    '<a href="/transactions/$id" className="row-link">→</a>',
    '<svg><path stroke="var(--chart-axis)" d="M0 0" /></svg>',
    '<p data-key="dataMin">{ok ? "asc" : "desc"}</p>',
    "<th>IP</th>",
    "<kbd>Esc</kbd>",
    "<span> · </span>",
    '<input placeholder="https://hooks.slack.com/services/…" />',
    '<input placeholder="ops@example.com, oncall@example.com" />',
  ])("lets %s pass", async (jsx) => {
    expect(await literalErrors(jsx)).toBe(0);
  });

  it("leaves tests alone", async () => {
    expect(await literalErrors("<p>Hello world</p>", "src/x.test.tsx")).toBe(0);
  });
});
