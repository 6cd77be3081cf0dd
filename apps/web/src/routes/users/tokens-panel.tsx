import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { CopyButton } from "../../components/copy-button.tsx";
import { DateTime } from "../../components/date-time.tsx";
import { ErrorState, errorText } from "../../components/error-state.tsx";
import { type CreatedToken, type Role } from "../../lib/api-types.ts";
import { humanize } from "../../lib/vocabulary.ts";
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
      <form className="admin-form" onSubmit={submit} aria-label="New API token">
        <label className="filter-field">
          <span>Token name</span>
          <input
            className="input input-sm"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="e.g. nightly reconciliation"
          />
        </label>
        <label className="filter-field">
          <span>Role</span>
          <select className="input input-sm" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            <RoleOptions />
          </select>
        </label>
        <button type="submit" className="button button-sm button-primary" disabled={create.isPending || !name.trim()}>
          Create token
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
            <strong>Copy the token for “{created.name}” now</strong> — Paylens keeps only its digest and cannot show it
            again.
          </p>
          <p className="token-secret-row">
            <code>{created.token}</code>
            <CopyButton value={created.token} label="token" />
            <button type="button" className="button button-sm" onClick={() => setCreated(null)}>
              Done
            </button>
          </p>
        </div>
      ) : null}
      {tokens.isPending ? (
        <div className="chart-skeleton" aria-busy="true" aria-label="Loading tokens" />
      ) : tokens.isError ? (
        <ErrorState title="Could not load the tokens" error={tokens.error} onRetry={refresh} />
      ) : tokens.data.length === 0 ? (
        <p className="muted">No API tokens yet.</p>
      ) : (
        <table className="mini-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Starts with</th>
              <th scope="col">Role</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {tokens.data.map((token) => (
              <tr key={token.id} className={token.revokedAt ? "row-disabled" : undefined}>
                <td>{token.name}</td>
                <td className="mono">{token.prefix}…</td>
                <td>{humanize(token.role)}</td>
                <td>
                  <DateTime value={token.createdAt} />
                </td>
                <td>
                  <DateTime value={token.lastUsedAt} />
                </td>
                <td>
                  {token.revokedAt ? (
                    <span className="tag tag-bad">Revoked</span>
                  ) : (
                    <button
                      type="button"
                      className="button button-sm button-danger"
                      disabled={revoke.isPending}
                      onClick={() => revoke.mutate({ id: token.id })}
                    >
                      Revoke
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
