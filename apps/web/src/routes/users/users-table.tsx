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
            <th scope="col">Name</th>
            <th scope="col">E-mail</th>
            <th scope="col">Role</th>
            <th scope="col">Since</th>
            <th scope="col">Access</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const self = user.id === me.id;
            return (
              <tr key={user.id} className={user.disabledAt ? "row-disabled" : undefined}>
                <td>
                  {user.name}
                  {self ? <span className="muted"> (you)</span> : null}
                </td>
                <td className="mono">{user.email}</td>
                <td>
                  {/* Your own admin role cannot be taken away here: the API refuses it, so the control does too. */}
                  <select
                    className="input input-sm"
                    aria-label={`Role of ${user.name}`}
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
                    <span className="tag tag-bad">Disabled</span>
                  ) : (
                    <span className="tag tone-ok">Active</span>
                  )}{" "}
                  {self ? null : (
                    <button
                      type="button"
                      className="button button-sm"
                      disabled={update.isPending}
                      onClick={() => update.mutate({ id: user.id, disabled: !user.disabledAt })}
                    >
                      {user.disabledAt ? "Enable" : "Disable"}
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
