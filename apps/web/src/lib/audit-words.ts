// An audit entry's action and fields in the console's language; an action or field the catalogue does not name shows
// as recorded (the raw action code stays beside its words, as people search for it).
import { i18n, t } from "../i18n/index.ts";
import { humanize } from "./vocabulary.ts";

const VERBS = new Set(["request", "approve", "reject", "result", "check"]);

/** "refund.request" → "Refund requested"; null where the catalogue has no words for it. */
export function auditActionWords(action: string): string | null {
  const key = `audit.actionWords.${action.replace(/[.]/g, "_")}`;
  if (i18n.exists(key)) return t(key as "audit.title");
  const [kind, verb, ...rest] = action.split(".");
  if (kind && verb && rest.length === 0 && VERBS.has(verb))
    return t(`audit.verbs.${verb as "request"}`, { kind: humanize(kind) });
  return null;
}

/** A changed field's name: the catalogue's, else the key in words ("needsApproval" → "Needs approval"). */
export function auditFieldWords(key: string, fallback: string): string {
  const name = key.replace(/Minor$/, "");
  const path = `audit.fields.${name}`;
  return i18n.exists(path) ? t(path as "audit.title") : fallback;
}
