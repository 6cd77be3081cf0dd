import { t } from "../../i18n/index.ts";
import { useMutation } from "@tanstack/react-query";
import { DateTime } from "../../components/date-time.tsx";
import { errorText } from "../../components/error-state.tsx";
import { usePrincipal } from "../../components/principal.tsx";
import { type Role, type UserRow } from "../../lib/api-types.ts";
import { useTrpc } from "../../trpc.ts";
import { RoleOptions } from "./role-options.tsx";

export function UsersTable({ users, onChanged }: { users: UserRow[]; onChanged: () => void }) {
  const trpc = useTrpc();
  const me = usePrincipal();
  const update = useMutation({ ...trpc.users.update.mutationOptions(), onSuccess: onChanged });
  return (
    <>
      <table className="mini-table">
        <thead>
          <tr>
            <th scope="col">{t("users.col.name")}</th>
            <th scope="col">{t("users.col.email")}</th>
            <th scope="col">{t("users.col.role")}</th>
            <th scope="col">{t("users.col.since")}</th>
            <th scope="col">{t("users.col.access")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const self = user.id === me.id;
            return (
              <tr key={user.id} className={user.disabledAt ? "row-disabled" : undefined}>
                <td>
                  {/* People's names and addresses are theirs, the same in every language. */}
                  <span translate="no">{user.name}</span>
                  {self ? <span className="muted">{t("users.you")}</span> : null}
                </td>
                <td className="mono" translate="no">
                  {user.email}
                </td>
                <td>
                  {/* Your own admin role cannot be taken away here: the API refuses it, so the control does too. */}
                  <select
                    className="input input-sm"
                    aria-label={t("users.roleOf", { name: user.name })}
                    value={user.role}
                    disabled={self || update.isPending}
                    onChange={(e) => update.mutate({ id: user.id, role: e.target.value as Role })}
                  >
                    <RoleOptions />
                  </select>
                </td>
                <td>
                  <DateTime value={user.createdAt} />
                </td>
                <td>
                  {user.disabledAt ? (
                    <span className="tag tag-bad">{t("users.disabled")}</span>
                  ) : (
                    <span className="tag tone-ok">{t("users.active")}</span>
                  )}{" "}
                  {self ? null : (
                    <button
                      type="button"
                      className="button button-sm"
                      disabled={update.isPending}
                      onClick={() => update.mutate({ id: user.id, disabled: !user.disabledAt })}
                    >
                      {user.disabledAt ? t("users.enable") : t("users.disable")}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {update.isError ? (
        <p className="form-error" role="alert">
          {errorText(update.error)}
        </p>
      ) : null}
    </>
  );
}
