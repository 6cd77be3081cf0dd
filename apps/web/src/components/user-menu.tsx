import { useMutation } from "@tanstack/react-query";
import { humanize } from "../lib/vocabulary.ts";
import { useTrpc } from "../trpc.ts";
import { usePrincipal } from "./principal.tsx";
import { useReplaceSession } from "./use-replace-session.ts";

export function UserMenu() {
  const me = usePrincipal();
  const trpc = useTrpc();
  const replaceSession = useReplaceSession();
  // Signed out locally even when the server cannot be reached: the cookie is HttpOnly, the next request tells.
  const signOut = useMutation({ ...trpc.auth.signOut.mutationOptions(), onSettled: () => replaceSession(null) });
  return (
    <div className="user-menu">
      <span className="user-name" title={me.email ?? undefined}>
        {me.name}
      </span>
      <span className="tag tag-role" aria-label={`Role: ${me.role}`}>
        {humanize(me.role)}
      </span>
      <button type="button" className="button button-sm" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
        Sign out
      </button>
    </div>
  );
}
