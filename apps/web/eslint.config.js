import i18next from "eslint-plugin-i18next";
import { paylensConfig } from "@paylens/eslint-config";

// Every text a person reads goes through the catalogue (src/i18n): a literal in JSX is an error (issue 16). Never words:
// digits, punctuation and symbols; acronyms (IP, RRN, CSV); example values (URLs, e-mail addresses, "whsec_…"); names
// written the same in every language.
const NOT_WORDS = [
  /^[\p{N}\p{P}\p{S}\s]+$/u,
  /^https?:\/\/\S+$/,
  /^[\w.+-]+@[\w.-]+(, [\w.+-]+@[\w.-]+)*$/,
  /^[a-z]+_…$/,
  /^[A-Z0-9]{2,5}$/,
  /^(Paylens|3-D Secure|Esc|Enter|p50|p95|p99)$/,
];
// In attributes and expressions also a single lower-case token or an upper-case constant: a route, CSS value, data key
// or enum value ("/transactions/$id", "var(--chart-grid)", "dataMin", "asc"). English on screen starts with a capital
// or holds a space there; plain JSX text is held to NOT_WORDS alone, so a lone "of" or "via" between elements is caught.
const NOT_WORDS_IN_CODE = [...NOT_WORDS, /^[a-z][\w$./:()-]*$/, /^[A-Z0-9_-]+$/];

const options = (mode, words) => ({
  mode,
  "should-validate-template": true,
  words: { exclude: words },
  callees: { exclude: ["t", "tr", "i18n\\.t"] },
  "jsx-attributes": { exclude: ["className", "style", "type", "key", "id", "to", "strokeDasharray"] },
  "object-properties": { exclude: ["className", "to", "key", "kind", "source"] },
});

export default [
  ...paylensConfig({ root: import.meta.dirname, boundaries: "web" }),
  {
    files: ["src/**/*.tsx"],
    ignores: ["**/*.test.tsx", "src/mocks/**"],
    // The same rule twice, under two names: JSX text strictly, attributes and expressions in JSX more leniently.
    plugins: { i18next, "i18next-text": i18next },
    rules: {
      "i18next/no-literal-string": ["error", options("jsx-only", NOT_WORDS_IN_CODE)],
      "i18next-text/no-literal-string": ["error", options("jsx-text-only", NOT_WORDS)],
    },
  },
];
