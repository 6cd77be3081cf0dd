// Shared lint rules. The import boundaries make ARCHITECTURE.md executable:
// "pure" packages (domain, codes) import nothing of ours, "web" sees only the API's types,
// and only apps/server/src/env.ts reads process.env.
import tseslint from "typescript-eslint";

const ours = ["@paylens/**"];

function boundaryRules(kind) {
  if (kind === "pure") {
    return {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ours, message: "domain and codes import nothing of ours." }] },
      ],
    };
  }
  if (kind === "web") {
    // The browser gets the API's types and the pure, browser-safe entries (domain, codes, the providers' catalogue of
    // metadata), never a copy of them and never server, database or network code.
    const message =
      'web imports the API\'s types (import type { AppRouter } from "@paylens/api/root"), ' +
      "@paylens/domain/*, @paylens/codes/* and @paylens/providers/catalog only.";
    return {
      "no-restricted-imports": "off",
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@paylens/api", "@paylens/api/**"], allowTypeImports: true, message },
            { regex: "^@paylens/(?!api(/|$)|domain/|codes/|providers/catalog$)", message },
          ],
        },
      ],
    };
  }
  return {};
}

/** @param {{ boundaries?: "pure" | "web" | "default", envModule?: string }} options */
export function paylensConfig(options = {}) {
  const kind = options.boundaries ?? "default";
  return tseslint.config(
    { ignores: ["dist/**", "node_modules/**", ".turbo/**", "**/*.d.ts", "migrations/**"] },
    ...tseslint.configs.recommended,
    {
      files: ["**/*.{ts,tsx}"],
      rules: {
        "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
        "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
        "@typescript-eslint/no-non-null-assertion": "error",
        "no-restricted-properties": [
          "error",
          { object: "process", property: "env", message: "Read settings through apps/server/src/env.ts." },
        ],
        ...boundaryRules(kind),
      },
    },
    options.envModule ? { files: [options.envModule], rules: { "no-restricted-properties": "off" } } : {},
    {
      files: ["**/*.test.ts", "**/*.test.tsx", "**/*.e2e.ts", "**/test-*.ts", "e2e/**"],
      // Tests may read the environment (DATABASE_URL picks the engine) and assert non-null.
      rules: { "@typescript-eslint/no-non-null-assertion": "off", "no-restricted-properties": "off" },
    },
  );
}
