import { t } from "../../i18n/index.ts";
import { useState, type FormEvent } from "react";
import { SearchIcon } from "../../components/search-icon.tsx";
import type { ProviderAccount } from "../../lib/api-types.ts";
import { PROVIDERS, providerName, type ProviderId } from "../../lib/vocabulary.ts";
import type { WebhooksSearch } from "./webhooks-search.ts";

/** Provider and account apply at once; the identifier box on Enter, so the URL changes once per search. */
export function WebhookFilters({
  search,
  accounts,
  onApply,
}: {
  search: WebhooksSearch;
  accounts: ProviderAccount[];
  onApply: (next: WebhooksSearch) => void;
}) {
  const [draft, setDraft] = useState(search.q ?? "");
  const [draftFor, setDraftFor] = useState(search.q);
  if (draftFor !== search.q) {
    setDraftFor(search.q);
    setDraft(search.q ?? "");
  }
  const { message: _open, ...filters } = search;
  const apply = (change: Partial<WebhooksSearch>) => onApply({ ...filters, ...change });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply({ q: draft.trim() || undefined });
  };
  const shownAccounts = accounts.filter((account) => !search.provider || account.provider === search.provider);
  const any = Boolean(search.provider ?? search.account ?? search.q);

  return (
    <form className="webhook-filters" onSubmit={submit} aria-label={t("webhooks.filters.label")}>
      <label className="search-field webhook-search">
        <SearchIcon />
        <input
          className="search-input"
          type="search"
          aria-label={t("webhooks.filters.search")}
          placeholder={t("webhooks.filters.placeholder")}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          spellCheck={false}
          autoComplete="off"
        />
      </label>
      <button type="submit" className="button button-primary">
        {t("webhooks.filters.submit")}
      </button>
      <label className="filter-field">
        <span>{t("webhooks.filters.provider")}</span>
        <select
          className="input"
          value={search.provider ?? ""}
          onChange={(e) => {
            const provider = (e.target.value || undefined) as ProviderId | undefined;
            const keepAccount = accounts.some((a) => a.id === search.account && (!provider || a.provider === provider));
            apply({ provider, account: keepAccount ? search.account : undefined });
          }}
        >
          <option value="">{t("webhooks.filters.allProviders")}</option>
          {PROVIDERS.map((provider) => (
            <option key={provider} value={provider}>
              {providerName(provider)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-field">
        <span>{t("webhooks.filters.account")}</span>
        <select
          className="input"
          value={search.account ?? ""}
          onChange={(e) => apply({ account: e.target.value || undefined })}
        >
          <option value="">{t("webhooks.filters.allAccounts")}</option>
          {shownAccounts.map((account) => (
            <option key={account.id} value={account.id}>
              {account.name} ({account.id})
            </option>
          ))}
          {search.account && !shownAccounts.some((a) => a.id === search.account) ? (
            <option value={search.account}>{search.account}</option>
          ) : null}
        </select>
      </label>
      {any ? (
        <button type="button" className="button" onClick={() => onApply(search.state ? { state: search.state } : {})}>
          {t("webhooks.filters.clear")}
        </button>
      ) : null}
    </form>
  );
}
