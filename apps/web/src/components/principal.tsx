// Who is signed in, for every screen under the shell. The API checks permissions itself; screens use this to hide what it would refuse.
import { createContext, useContext } from "react";
import type { Permission, Principal } from "../lib/api-types.ts";

const PrincipalContext = createContext<Principal | null>(null);

export const PrincipalProvider = PrincipalContext.Provider;

export function usePrincipal(): Principal {
  const principal = useContext(PrincipalContext);
  if (!principal) throw new Error("usePrincipal() needs a signed-in <PrincipalProvider> above it");
  return principal;
}

export function useCan(permission: Permission): boolean {
  return usePrincipal().permissions.includes(permission);
}
