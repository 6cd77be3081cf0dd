import { t } from "../../i18n/index.ts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { errorText } from "../../components/error-state.tsx";
import { useCan } from "../../components/principal.tsx";
import { useTrpc } from "../../trpc.ts";

/** Puts a failed message back in the inbox worker's queue (audited); offered to roles that may act, and only then. */
export function ReprocessButton({ inboxId, state }: { inboxId: bigint; state: string }) {
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const mayAct = useCan("act");
  const reprocess = useMutation({
    ...trpc.actions.reprocessWebhook.mutationOptions(),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: trpc.webhooks.pathKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() });
    },
  });
  if (state !== "failed" || !mayAct) return null;
  return (
    <div className="reprocess">
      <button
        type="button"
        className="button button-primary"
        onClick={() => reprocess.mutate({ inboxId })}
        disabled={reprocess.isPending}
      >
        {reprocess.isPending ? t("webhooks.detail.reprocessing") : t("webhooks.detail.reprocess")}
      </button>
      <span className="muted">{t("webhooks.detail.reprocessHelp")}</span>
      {reprocess.error ? (
        <p className="form-error" role="alert">
          {errorText(reprocess.error)}
        </p>
      ) : null}
    </div>
  );
}
