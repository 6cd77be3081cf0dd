// Every language says everything: a key missing, empty or with other {{placeholders}} in any catalogue fails here, and
// each plural key has every form its language's plural rules need (Russian and Polish: one, few, many, other).
import { describe, expect, it } from "vitest";
import { catalogues } from "./catalogues.ts";
import { LANGUAGES, type Language } from "./index.ts";

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = "", out = new Map<string, string>()): Map<string, string> {
  if (typeof value === "string") out.set(prefix, value);
  else if (value && typeof value === "object")
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  else out.set(prefix, String(value));
  return out;
}

function base(key: string): string {
  return key.replace(PLURAL, "");
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? "");
}

const flat = Object.fromEntries(LANGUAGES.map((language) => [language, flatten(catalogues[language])])) as Record<
  Language,
  Map<string, string>
>;

function baseKeys(language: Language): string[] {
  return [...new Set([...flat[language].keys()].map(base))].sort();
}

describe("catalogues", () => {
  it.each(LANGUAGES.filter((language) => language !== "en"))("%s has every English key and no other", (language) => {
    const english = baseKeys("en");
    const other = baseKeys(language);
    expect(
      english.filter((key) => !other.includes(key)),
      `missing in ${language}`,
    ).toEqual([]);
    expect(
      other.filter((key) => !english.includes(key)),
      `only in ${language}`,
    ).toEqual([]);
  });

  it.each(LANGUAGES)("%s has no empty text", (language) => {
    const empty = [...flat[language]].filter(([, text]) => text.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(LANGUAGES)("%s has every plural form its language needs", (language) => {
    const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const keys = [...flat[language].keys()];
    const plurals = new Set(keys.filter((key) => PLURAL.test(key)).map(base));
    const missing = [...plurals].flatMap((key) =>
      needed.filter((form) => !keys.includes(`${key}_${form}`)).map((form) => `${key}_${form}`),
    );
    expect(missing).toEqual([]);
  });

  it.each(LANGUAGES.filter((language) => language !== "en"))("%s uses the same placeholders as English", (language) => {
    const used = (lang: Language) => {
      const byKey = new Map<string, Set<string>>();
      for (const [key, text] of flat[lang]) {
        const set = byKey.get(base(key)) ?? new Set<string>();
        // A plural's "one" form may spell the number out ("одна"), so count is not required in every form.
        for (const name of placeholders(text)) if (name !== "count") set.add(name);
        byKey.set(base(key), set);
      }
      return byKey;
    };
    const english = used("en");
    const other = used(language);
    const differing = [...english].filter(([key, names]) => {
      const theirs = other.get(key) ?? new Set();
      return names.size !== theirs.size || [...names].some((name) => !theirs.has(name));
    });
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it("finds a missing key (the check itself works)", () => {
    const english = new Set(baseKeys("en"));
    const broken = flatten({ ...catalogues.ru, shell: { ...catalogues.ru.shell, skip: undefined } });
    broken.delete("shell.skip");
    expect([...english].filter((key) => ![...broken.keys()].map(base).includes(key))).toEqual(["shell.skip"]);
  });
});
