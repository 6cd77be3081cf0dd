// The console's languages (i18next). Each catalogue loads on demand (one is as large as a screen's own code, and the
// first screen's JavaScript has a budget): the browser's language before the first paint (main.tsx), so the first
// screen is already in it; another when chosen. Tests load English in their set-up (test-setup.ts). Which language: the one the signed-in person chose in the user menu (remembered per
// user), else the browser's preference (navigator.languages), else English.
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import type { en } from "./en/index.ts";

import { isLanguage, LANGUAGES, type Language } from "@paylens/domain/languages";

export { isLanguage, LANGUAGES, type Language };

/** Each language named in itself: that is how a reader finds their own in a list. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: "English", ru: "Русский", pl: "Polski" };

export type Catalogue = typeof en;

const LOADERS: Record<Language, () => Promise<Catalogue>> = {
  en: () => import("./en/index.ts").then((module) => module.en),
  ru: () => import("./ru/index.ts").then((module) => module.ru),
  pl: () => import("./pl/index.ts").then((module) => module.pl),
};

function browserTags(): readonly string[] {
  if (typeof navigator === "undefined") return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}

/** The first of the browser's preferred languages that the console speaks ("pl-PL" → "pl"). */
export function browserLanguage(tags: readonly string[] = browserTags()): Language {
  for (const tag of tags) {
    const base = tag.toLowerCase().split("-")[0];
    if (isLanguage(base)) return base;
  }
  return "en";
}

const storageKey = (userId: string) => `paylens.language.${userId}`;

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** The language this person chose in the user menu on this browser, if any. */
export function chosenLanguage(userId: string): Language | null {
  const value = storage()?.getItem(storageKey(userId));
  return isLanguage(value) ? value : null;
}

export function rememberLanguage(userId: string, language: Language): void {
  storage()?.setItem(storageKey(userId), language);
}

/** The locale Intl formats with: the browser's own tag when it is the same language (en-GB keeps its day order). */
export function activeLocale(): string {
  const language = isLanguage(i18n.language) ? i18n.language : "en";
  return browserTags().find((tag) => tag.toLowerCase().split("-")[0] === language) ?? language;
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: {},
  lng: "en",
  fallbackLng: "en",
  supportedLngs: [...LANGUAGES],
  // React escapes what it renders; the catalogues hold plain text.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

function markDocument(language: string) {
  if (typeof document !== "undefined") document.documentElement.lang = language;
}
markDocument(i18n.language);
i18n.on("languageChanged", markDocument);

/** Switches the console's language, loading its catalogue first the first time. */
export async function setLanguage(language: Language): Promise<void> {
  // Code texts follow without holding up the screen: what shows codes re-renders when they arrive. Imported here, not at
  // the top, so that they and the ISO reason table stay out of the first screen's JavaScript.
  void import("./code-texts.ts").then((module) => module.loadCodeTexts(language));
  if (!i18n.hasResourceBundle(language, "translation"))
    i18n.addResourceBundle(language, "translation", await LOADERS[language]());
  await i18n.changeLanguage(language);
}

/** Translates outside React hooks: screens remount on a change of language (app.tsx), so render-time calls follow it. */
export const t = i18n.t.bind(i18n);

/** A count or figure grouped as the console's language writes it: 12,345 · 12 345 · 12 345. */
export function formatNumber(value: number | bigint, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(activeLocale(), options).format(value);
}
