import { t } from "../../i18n/index.ts";
import { useState, type FormEvent } from "react";
import { useCan } from "../../components/principal.tsx";
import type { AuditSearch } from "../../lib/audit-search.ts";

// Action names the API writes; any other prefix can be typed ("refund." finds every refund step).
const COMMON_ACTIONS = [
  "refund.",
  "capture.",
  "void.",
  "resync.",
  "refund.request",
  "refund.result",
  "refund.approve",
  "refund.reject",
  "note.add",
  "settings.incident",
  "webhook.reprocess",
];
// Only admins see these entries (the API leaves them out for other roles), so only admins are offered them.
const ACCESS_ACTIONS = [
  "sign_in",
  "sign_in_failed",
  "sign_out",
  "user.create",
  "user.update",
  "token.create",
  "token.revoke",
];

const FIELDS = ["actor", "action", "text", "from", "to"] as const;

/** The filters as a form: typed freely, applied together on Enter or Apply, so the URL changes once per search. */
export function AuditFilters({ search, onApply }: { search: AuditSearch; onApply: (next: AuditSearch) => void }) {
  const [draft, setDraft] = useState<AuditSearch>(search);
  // The API leaves sign-ins and user or token changes out for non-admins: offer them to admins only.
  const actions = useCan("admin") ? [...COMMON_ACTIONS, ...ACCESS_ACTIONS] : COMMON_ACTIONS;
  const [draftFor, setDraftFor] = useState(search);
  if (draftFor !== search) {
    setDraftFor(search);
    setDraft(search);
  }
  const set = (key: (typeof FIELDS)[number], value: string) =>
    setDraft((previous) => ({ ...previous, [key]: value || undefined }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = Object.fromEntries(
      FIELDS.flatMap((key) => (draft[key]?.trim() ? [[key, draft[key].trim()]] : [])),
    ) as AuditSearch;
    onApply(search.transaction ? { ...next, transaction: search.transaction } : next);
  };
  const any = FIELDS.some((key) => search[key]) || Boolean(search.transaction);

  return (
    <form className="audit-filters" onSubmit={submit} aria-label={t("audit.filters.label")}>
      <label className="filter-field">
        <span>{t("audit.filters.who")}</span>
        <input
          className="input input-sm"
          value={draft.actor ?? ""}
          onChange={(e) => set("actor", e.target.value)}
          placeholder={t("audit.filters.whoPlaceholder")}
        />
      </label>
      <label className="filter-field">
        <span>{t("audit.filters.action")}</span>
        <input
          className="input input-sm"
          list="audit-actions"
          value={draft.action ?? ""}
          onChange={(e) => set("action", e.target.value)}
          placeholder={t("audit.filters.actionPlaceholder")}
        />
        <datalist id="audit-actions">
          {actions.map((action) => (
            <option key={action} value={action} />
          ))}
        </datalist>
      </label>
      <label className="filter-field filter-grow">
        <span>{t("audit.filters.text")}</span>
        <input
          className="input input-sm"
          value={draft.text ?? ""}
          onChange={(e) => set("text", e.target.value)}
          placeholder={t("audit.filters.textPlaceholder")}
        />
      </label>
      <label className="filter-field">
        <span>{t("audit.filters.from")}</span>
        <input
          className="input input-sm"
          type="date"
          value={draft.from ?? ""}
          onChange={(e) => set("from", e.target.value)}
        />
      </label>
      <label className="filter-field">
        <span>{t("audit.filters.to")}</span>
        <input
          className="input input-sm"
          type="date"
          value={draft.to ?? ""}
          onChange={(e) => set("to", e.target.value)}
        />
      </label>
      {search.transaction ? (
        <span className="tag tag-accent">
          {t("audit.filters.one")} <span className="mono">{search.transaction.slice(0, 8)}…</span>
        </span>
      ) : null}
      <span className="button-row">
        <button type="submit" className="button button-sm button-primary">
          {t("audit.filters.apply")}
        </button>
        {any ? (
          <button type="button" className="button button-sm" onClick={() => onApply({})}>
            {t("audit.filters.clear")}
          </button>
        ) : null}
      </span>
    </form>
  );
}
