// Decoded provider-code texts (ops and customer messages) in the console's language. The server sends the decoder's
// English; each language's texts live beside the catalogues in @paylens/codes and load on demand with the language
// (they are as large as a screen), so English readers and the first screen never fetch them.
import { useSyncExternalStore } from "react";
import { ISO_REASONS } from "@paylens/codes/iso-reasons";
import { i18n, type Language } from "./index.ts";

type Texts = Readonly<Record<string, string>>;

const LOADERS: Record<Exclude<Language, "en">, () => Promise<Texts>> = {
  ru: () => import("@paylens/codes/code-texts-ru").then((module) => module.CODE_TEXTS_RU),
  pl: () => import("@paylens/codes/code-texts-pl").then((module) => module.CODE_TEXTS_PL),
};

let current: { language: Language; texts: Texts | null } = { language: "en", texts: null };
const loaded = new Map<Language, Texts>();
const listeners = new Set<() => void>();

function publish(language: Language, texts: Texts | null) {
  current = { language, texts };
  for (const listener of listeners) listener();
}

/** Switches code texts to a language; English needs nothing, another loads once. A failed load leaves English. */
export async function loadCodeTexts(language: Language): Promise<void> {
  if (language === "en") return publish(language, null);
  const cached = loaded.get(language);
  if (cached) return publish(language, cached);
  current = { language, texts: null };
  try {
    const texts = await LOADERS[language]();
    loaded.set(language, texts);
    if (current.language === language) publish(language, texts);
  } catch {
    // The decoder's English stays on screen.
  }
}

/** A decoder's English text in the current language; what a provider or issuer said in its own words stays as sent. */
export function codeText<T extends string | null | undefined>(english: T): T | string {
  const texts = current.texts;
  if (!english || !texts) return english;
  const exact = texts[english];
  if (exact) return exact;
  // "…catalogue text. Pockyt says: "…"." / "…. Issuer answered 51 (…)": the longest catalogued head, then the note.
  for (let end = english.lastIndexOf(". "); end > 0; end = english.lastIndexOf(". ", end - 1)) {
    const head = texts[english.slice(0, end + 1)];
    if (head) return head + noteText(english.slice(end + 1));
  }
  return english;
}

const ISSUER_NOTE = /^ (?:Issuer answered ([^\s(;]+)?(?: ?\((.*?)\))?)?(?:;? ?merchant advice code ([^\s;.]+))?\.$/;
const PROVIDER_SAYS = /^ (\S+) says: "(.*)"\.$/s;

/**
 * The decoders' notes after a catalogued line (@paylens/codes antom.ts, pockyt.ts): the issuer's answer named by its
 * normalized reason where its ISO code has one, else as the issuer worded it; a provider's own message as it sent it.
 */
function noteText(note: string): string {
  const issuer = ISSUER_NOTE.exec(note);
  if (issuer && (issuer[1] || issuer[2] || issuer[3])) {
    const [, code, said, advice] = issuer;
    const reason = code ? ISO_REASONS[code.toUpperCase()] : undefined;
    const words = reason ? i18n.t(`vocab.${reason}`) : said;
    const parts = [
      code || said
        ? i18n.t("common.code.issuerAnswered", {
            answer: [code, words ? `(${words})` : null].filter(Boolean).join(" "),
          })
        : null,
      advice ? i18n.t("common.code.merchantAdvice", { code: advice }) : null,
    ];
    return ` ${parts.filter(Boolean).join("; ")}.`;
  }
  const says = PROVIDER_SAYS.exec(note);
  if (says) return ` ${i18n.t("common.code.providerSays", { provider: says[1] ?? "", text: says[2] ?? "" })}.`;
  return note;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Re-renders the caller once the language's code texts arrive; returns the translator. */
export function useCodeTexts(): typeof codeText {
  useSyncExternalStore(
    subscribe,
    () => current,
    () => current,
  );
  return codeText;
}
