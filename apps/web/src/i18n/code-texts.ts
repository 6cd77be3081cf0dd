// Decoded provider-code texts (ops and customer messages) in the console's language. The server sends the decoder's
// English and, for ops messages, its parts (a catalogued text, then notes as figures), so nothing is read back out of
// English. Each language's texts live beside the catalogues in @paylens/codes and load on demand with the language
// (they are as large as a screen), so English readers and the first screen never fetch them.
import { useSyncExternalStore } from "react";
import { ISO_REASONS } from "@paylens/codes/iso-reasons";
import type { OutcomeMessageParts } from "@paylens/domain/transaction";
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

/** A decoder's English text in the current language, looked up whole; a text no catalogue has stays as sent. */
export function codeText<T extends string | null | undefined>(english: T): T | string {
  const texts = current.texts;
  if (!english || !texts) return english;
  return texts[english] ?? english;
}

/**
 * A decoder's ops message in the current language, from its parts (@paylens/codes/code-message): the catalogued text,
 * then each note written here. A message stored without parts (written before they were) is looked up whole.
 */
export function codeMessage<T extends string | null | undefined>(
  english: T,
  parts: OutcomeMessageParts | null | undefined,
): T | string {
  if (!english || !current.texts || !parts) return codeText(english);
  return [codeText(parts.text), ...parts.notes.map(noteText)].join(" ");
}

type CodeNote = OutcomeMessageParts["notes"][number];

/** The issuer's answer named by its normalized reason where its ISO code has one, else as the issuer worded it. */
function noteText(note: CodeNote): string {
  if (note.kind === "provider")
    return `${i18n.t("common.code.providerSays", { provider: note.provider, text: note.said })}.`;
  const reason = note.code ? ISO_REASONS[note.code.toUpperCase()] : undefined;
  const words = reason ? i18n.t(`vocab.${reason}`) : note.said;
  const parts = [
    note.code || note.said
      ? i18n.t("common.code.issuerAnswered", {
          answer: [note.code, words ? `(${words})` : null].filter(Boolean).join(" "),
        })
      : null,
    note.advice ? i18n.t("common.code.merchantAdvice", { code: note.advice }) : null,
  ];
  return `${parts.filter(Boolean).join("; ")}.`;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Re-renders the caller once the language's code texts arrive; returns the translators. */
export function useCodeTexts(): { codeText: typeof codeText; codeMessage: typeof codeMessage } {
  useSyncExternalStore(
    subscribe,
    () => current,
    () => current,
  );
  return { codeText, codeMessage };
}
