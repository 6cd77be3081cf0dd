// Who an audit entry names: the signed-in principal, and where the request came from.
import type { Principal } from "@paylens/db/queries/access";

export function actorOf(ctx: { principal: Principal; ip: string | null }) {
  return { actor: ctx.principal.id, actorName: ctx.principal.name, role: ctx.principal.role, ip: ctx.ip };
}
