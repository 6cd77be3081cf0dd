import { useTranslation } from "react-i18next";
import type { ReactNode } from "react";
import type { Permission } from "../lib/api-types.ts";
import { useCan } from "./principal.tsx";
import { StateMessage } from "./state-message.tsx";

/** A screen only for roles holding `permission` (from auth.me): others see why instead of a page of refused calls. */
export function NeedsPermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { t } = useTranslation();
  if (!useCan(permission)) return <StateMessage title={t("common.noRole")}>{t("common.noRoleHelp")}</StateMessage>;
  return children;
}

export const withPermission = (permission: Permission, Page: () => ReactNode) =>
  function Guarded() {
    return (
      <NeedsPermission permission={permission}>
        <Page />
      </NeedsPermission>
    );
  };
