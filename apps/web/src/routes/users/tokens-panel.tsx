import { t } from "../../i18n/index.ts";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { CopyButton } from "../../components/copy-button.tsx";
import { DateTime } from "../../components/date-time.tsx";
import { ErrorState, errorText } from "../../components/error-state.tsx";
import { type CreatedToken, type Role } from "../../lib/api-types.ts";
import { roleLabel } from "../../lib/vocabulary.ts";
import { useTrpc } from "../../trpc.ts";
import { RoleOptions } from "./role-options.tsx";

/** API tokens for scripts: the secret is in the create answer only, so it is shown once, here, with a copy button. */
export function TokensPanel() {
  const trpc = useTrpc();
  const tokens = useQuery(trpc.users.tokens.queryOptions());
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("support");
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const refresh = () => void tokens.refetch();
  const create = useMutation({
    ...trpc.users.createToken.mutationOptions(),
    onSuccess: (token) => {
      setCreated(token);
      setName("");
      refresh();
    },
  });
  const revoke = useMutation({ ...trpc.users.revokeToken.mutationOptions(), onSuccess: refresh });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) create.mutate({ name: name.trim(), role });
  };

  return (
    <div className="tokens">
      <form className="admin-form" onSubmit={submit} aria-label={t("users.token.label")}>
        <label className="filter-field">
          <span>{t("users.token.name")}</span>
          <input
            className="input input-sm"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={t("users.token.placeholder")}
          />
        </label>
        <label className="filter-field">
          <span>{t("users.token.role")}</span>
          <select className="input input-sm" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            <RoleOptions />
          </select>
        </label>
        <button type="submit" className="button button-sm button-primary" disabled={create.isPending || !name.trim()}>
          {t("users.token.create")}
        </button>
        {create.isError ? (
          <p className="form-error" role="alert">
            {errorText(create.error)}
          </p>
        ) : null}
      </form>
      {created ? (
        <div className="token-secret" role="status">
          <p>
            <strong>{t("users.token.copyNow", { name: created.name })}</strong> {t("users.token.copyWhy")}
          </p>
          <p className="token-secret-row">
            <code>{created.token}</code>
            <CopyButton value={created.token} label={t("users.token.token")} />
            <button type="button" className="button button-sm" onClick={() => setCreated(null)}>
              {t("users.token.done")}
            </button>
          </p>
        </div>
      ) : null}
      {tokens.isPending ? (
        <div className="chart-skeleton" role="status" aria-busy="true" aria-label={t("users.token.loading")} />
      ) : tokens.isError ? (
        <ErrorState title={t("users.token.loadFailed")} error={tokens.error} onRetry={refresh} />
      ) : tokens.data.length === 0 ? (
        <p className="muted">{t("users.token.none")}</p>
      ) : (
        <table className="mini-table">
          <thead>
            <tr>
              <th scope="col">{t("users.token.colName")}</th>
              <th scope="col">{t("users.token.startsWith")}</th>
              <th scope="col">{t("users.token.role")}</th>
              <th scope="col">{t("users.token.created")}</th>
              <th scope="col">{t("users.token.lastUsed")}</th>
              <th scope="col">{t("users.token.state")}</th>
            </tr>
          </thead>
          <tbody>
            {tokens.data.map((token) => (
              <tr key={token.id} className={token.revokedAt ? "row-disabled" : undefined}>
                <td>{token.name}</td>
                <td className="mono">{token.prefix}…</td>
                <td>{roleLabel(token.role)}</td>
                <td>
                  <DateTime value={token.createdAt} />
                </td>
                <td>
                  <DateTime value={token.lastUsedAt} />
                </td>
                <td>
                  {token.revokedAt ? (
                    <span className="tag tag-bad">{t("users.token.revoked")}</span>
                  ) : (
                    <button
                      type="button"
                      className="button button-sm button-danger"
                      disabled={revoke.isPending}
                      onClick={() => revoke.mutate({ id: token.id })}
                    >
                      {t("users.token.revoke")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {revoke.isError ? (
        <p className="form-error" role="alert">
          {errorText(revoke.error)}
        </p>
      ) : null}
    </div>
  );
}
