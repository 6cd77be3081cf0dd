// Shared lint rules. The import boundaries make ARCHITECTURE.md's import column executable (boundaries.test.ts proves
// each one refuses and allows what it says), and only apps/server/src/env.ts reads process.env.
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import tseslint from "typescript-eslint";

const TEST_FILES = [
  "**/*.test.ts",
  "**/*.test.tsx",
  "**/*.e2e.ts",
  "**/test-*.ts",
  "**/test-support.ts",
  "**/*-harness.ts",
  "**/*-test-data.ts",
  "e2e/**",
];

/** `^@paylens/` followed by anything but the allowed entries: what a package may not import of ours. */
const notOf = (allowed) => `^@paylens/(?!${allowed.join("|")})`;

/**
 * Per package: the patterns it may not import (no-restricted-imports; a pattern can allow type imports), and per folder the wider patterns a few files get. Entries end in "/" (any module) or "$" (that one).
 */
const BOUNDARIES = {
  pure: { patterns: [{ group: ["@paylens/**"], message: "domain and codes import nothing of ours." }] },
  providers: {
    patterns: [{ regex: notOf(["domain/", "codes/"]), message: "providers import domain and codes only." }],
  },
  db: {
    patterns: [{ regex: notOf(["domain/", "codes/"]), message: "db imports domain and codes only." }],
    // Test data names real providers: it reads them from the browser-safe catalogue.
    tests: [notOf(["domain/", "codes/", "providers/catalog$"])],
  },
  api: {
    patterns: [
      {
        regex: notOf([
          "db/",
          "domain/",
          "codes/",
          "providers/connector$",
          "providers/catalog$",
          "providers/code-catalogue$",
        ]),
        message:
          "api imports db, domain, codes and the providers' interface (@paylens/providers/connector) and catalogues; " +
          "connectors and their HTTP code reach it through ctx.providers, which the server fills.",
      },
    ],
  },
  sandbox: {
    // The emulators speak the providers' wire format: the shared types (type imports), the signatures and form encoding
    // (<p>/sign, <p>/params) and a report's column layout (the *_COLUMNS of <p>/report); never a client, map or the
    // registry, or the result would check itself. Money and card rules from domain; codes are not needed.
    patterns: [
      { regex: notOf(["domain/", "providers/"]), message: "the sandbox imports domain and the providers' wire types." },
      {
        regex: "^@paylens/providers/(?!connector$|[^/]+/(sign|params|report)$)",
        message:
          "the sandbox uses the providers' wire types only: connector types, <p>/sign, <p>/params, report columns.",
      },
      {
        regex: "^@paylens/providers/connector$",
        allowTypeImports: true,
        message: "the sandbox may import the connector's types only (import type).",
      },
      {
        regex: "^@paylens/providers/[^/]+/report$",
        allowImportNamePattern: "_COLUMNS$",
        message: "the sandbox takes a report's column layout (*_COLUMNS) from <p>/report, not its client code.",
      },
    ],
    // Its tests drive the real connectors against the emulators.
    tests: [notOf(["domain/", "providers/"])],
  },
  server: {
    patterns: [
      {
        regex: notOf(["api/", "db/", "domain/", "codes/", "providers/"]),
        message:
          "server imports api, db, domain, codes and providers; the sandbox only in its demo wiring (src/demo/, src/seed/).",
      },
    ],
    // Demo wiring: the sandboxes and their traffic (demo/) and the seed's card catalogue (seed/); tests and harnesses.
    files: {
      "src/demo/**": [notOf(["api/", "db/", "domain/", "codes/", "providers/", "sandbox/"])],
      "src/seed/**": [notOf(["api/", "db/", "domain/", "codes/", "providers/", "sandbox/"])],
    },
    tests: [notOf(["api/", "db/", "domain/", "codes/", "providers/", "sandbox/"])],
  },
  bench: {
    // `pnpm bench`: seeds and measures through the same code the server runs, and starts real servers for ingest.
    patterns: [
      {
        regex: notOf(["db/", "domain/", "codes/", "server/", "providers/test-webhook-forge$"]),
        message: "bench imports db, domain, codes, server and the providers' webhook forge.",
      },
    ],
  },
  web: {
    // The browser gets the API's types and the pure, browser-safe entries (domain, codes, the providers' catalogue of
    // metadata), never a copy of them and never server, database or network code.
    patterns: (() => {
      const message =
        'web imports the API\'s types (import type { AppRouter } from "@paylens/api/root"), ' +
        "@paylens/domain/*, @paylens/codes/* and @paylens/providers/catalog only.";
      return [
        { group: ["@paylens/api", "@paylens/api/**"], allowTypeImports: true, message },
        { regex: "^@paylens/(?!api(/|$)|domain/|codes/|providers/catalog$)", message },
      ];
    })(),
    // Component tests and their wiring (src/mocks) run the real API over a test database in the test process; the
    // bundle never sees them (vite builds from src/main.tsx, which imports neither).
    files: { "src/mocks/**": [notOf(["api/", "db/", "domain/", "codes/", "providers/catalog$"])] },
    tests: [notOf(["api/", "db/", "domain/", "codes/", "providers/catalog$"])],
  },
};

const restrict = (patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

const wider = (kind, regexes) =>
  restrict(regexes.map((regex) => ({ regex, message: `${kind}: outside the allowed imports of this package.` })));

// A relative import that leaves its package (../../packages/db/src/…) bypasses both the package's exports and the
// boundaries above: import the other package by name instead.
const packageRoots = new Map();
function packageRootOf(file) {
  const dir = dirname(file);
  if (!packageRoots.has(dir)) {
    let root = dir;
    while (!existsSync(join(root, "package.json")) && dirname(root) !== root) root = dirname(root);
    packageRoots.set(dir, root);
  }
  return packageRoots.get(dir);
}

const insidePackage = {
  meta: {
    type: "problem",
    messages: { outside: "{{source}} leaves this package: import @paylens/<package>/… by name." },
    schema: [],
  },
  create(context) {
    const root = packageRootOf(resolve(context.filename));
    const check = (source) => {
      if (source?.type !== "Literal" || typeof source.value !== "string" || !source.value.startsWith(".")) return;
      const target = resolve(dirname(resolve(context.filename)), source.value);
      if (relative(root, target).startsWith(".."))
        context.report({ node: source, messageId: "outside", data: { source: source.value } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

/**
 * @param {{ root: string, boundaries?: keyof typeof BOUNDARIES, envModule?: string }} options `root`: the package's folder
 *   (import.meta.dirname of its eslint.config.js), so that several packages can be linted in one process.
 */
export function paylensConfig(options) {
  const kind = options.boundaries;
  const boundary = kind ? BOUNDARIES[kind] : undefined;
  if (kind && !boundary) throw new Error(`unknown boundaries "${kind}"`);
  return tseslint.config(
    { ignores: ["dist/**", "node_modules/**", ".turbo/**", "**/*.d.ts", "migrations/**"] },
    ...tseslint.configs.recommended,
    {
      files: ["**/*.{ts,tsx}"],
      languageOptions: { parserOptions: { tsconfigRootDir: options.root } },
      plugins: { paylens: { rules: { "inside-package": insidePackage } } },
      rules: {
        "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
        "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
        "@typescript-eslint/no-non-null-assertion": "error",
        "no-restricted-properties": [
          "error",
          { object: "process", property: "env", message: "Read settings through apps/server/src/env.ts." },
        ],
        "paylens/inside-package": "error",
        ...(boundary ? restrict(boundary.patterns) : {}),
      },
    },
    ...Object.entries(boundary?.files ?? {}).map(([glob, regexes]) => ({ files: [glob], rules: wider(kind, regexes) })),
    options.envModule ? { files: [options.envModule], rules: { "no-restricted-properties": "off" } } : {},
    {
      files: TEST_FILES,
      // Tests may read the environment (DATABASE_URL picks the engine) and assert non-null.
      rules: {
        "@typescript-eslint/no-non-null-assertion": "off",
        "no-restricted-properties": "off",
        ...(boundary?.tests ? wider(kind, boundary.tests) : {}),
      },
    },
  );
}
