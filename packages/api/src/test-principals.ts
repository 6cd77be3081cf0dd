// Principals for API tests: one per role, as a signed-in user would be.
import type { Principal } from "@paylens/db/queries/access";
import type { Role } from "@paylens/domain/roles";

const IDS: Record<Role, string> = {
  support: "00000000-0000-4000-8000-000000000001",
  ops: "00000000-0000-4000-8000-000000000002",
  finance: "00000000-0000-4000-8000-000000000003",
  admin: "00000000-0000-4000-8000-000000000004",
};

export function principalFor(role: Role, name = `${role} tester`, id = IDS[role]): Principal {
  return { id, name, role, kind: "user" };
}
