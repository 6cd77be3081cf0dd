// A decoder's ops message as parts: a text the translations are keyed by (code-texts-{ru,pl}.ts), then notes that
// carry what the issuer or the provider said in its own words. The English message is composed from the parts here,
// so the console translates the parts and never reads the English back.

/** What the issuer answered (Antom's paymentResultInfo): its ISO 8583 code, its own words, the merchant advice code. */
export interface IssuerNote {
  kind: "issuer";
  code: string | null;
  said: string | null;
  advice: string | null;
}

/** A provider's own words beside the catalogued text (Pockyt's ret_msg). */
export interface ProviderNote {
  kind: "provider";
  provider: string;
  said: string;
}

export type CodeNote = IssuerNote | ProviderNote;

export interface CodeMessage {
  text: string;
  notes: CodeNote[];
}

/** "Issuer answered 51 (Insufficient funds); merchant advice code 03." / "Pockyt says: "prepay success"." */
export function noteInEnglish(note: CodeNote): string {
  if (note.kind === "provider") return `${note.provider} says: "${note.said}".`;
  const parts: string[] = [];
  if (note.code || note.said)
    parts.push(`Issuer answered ${[note.code, note.said ? `(${note.said})` : null].filter(Boolean).join(" ")}`);
  if (note.advice) parts.push(`merchant advice code ${note.advice}`);
  return `${parts.join("; ")}.`;
}

/** The ops message in English and as parts; no message without a text. */
export function opsMessage(
  text: string | null,
  notes: readonly (CodeNote | null)[] = [],
): { message: string | null; messageParts: CodeMessage | null } {
  if (text === null) return { message: null, messageParts: null };
  const kept = notes.filter((note) => note !== null);
  return {
    message: [text, ...kept.map(noteInEnglish)].join(" "),
    messageParts: { text, notes: kept },
  };
}
