import { ROLES } from "../../lib/api-types.ts";
import { roleLabel } from "../../lib/vocabulary.ts";

/** The roles as <option>s: one list for the new-user form, the token form and each user's row. */
export function RoleOptions() {
  return (
    <>
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {roleLabel(role)}
        </option>
      ))}
    </>
  );
}
