import { t } from "../../i18n/index.ts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { errorText } from "../../components/error-state.tsx";
import { Money } from "../../components/money.tsx";
import { useCan } from "../../components/principal.tsx";
import { newIdempotencyKey } from "../../lib/idempotency-key.ts";
import { useTrpc } from "../../trpc.ts";

/** Accept the loss instead of defending: asks once more, then sends it under one key however often it is clicked. */
export function AcceptButton({ dispute }: { dispute: { id: string; amountMinor: bigint; currency: string } }) {
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const mayAct = useCan("dispute");
  const [key] = useState(newIdempotencyKey);
  const [confirming, setConfirming] = useState(false);
  const accept = useMutation({
    ...trpc.disputes.accept.mutationOptions(),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.disputes.pathKey() }),
  });
  if (!mayAct) return null;
  if (accept.data?.state === "unknown") return <p className="muted">{t("disputes.accept.sent")}</p>;
  return (
    <div className="dispute-accept">
      {confirming ? (
        <span className="button-row">
          <button
            type="button"
            className="button button-sm button-danger"
            disabled={accept.isPending}
            onClick={() => accept.mutate({ id: dispute.id, idempotencyKey: key })}
          >
            {t("disputes.accept.confirm")} <Money amountMinor={dispute.amountMinor} currency={dispute.currency} />
          </button>
          <button type="button" className="button button-sm" onClick={() => setConfirming(false)}>
            {t("common.cancel")}
          </button>
        </span>
      ) : (
        <button type="button" className="button button-sm" onClick={() => setConfirming(true)}>
          {t("disputes.accept.accept")}
        </button>
      )}
      {accept.error ? (
        <p className="form-error" role="alert">
          {errorText(accept.error)}
        </p>
      ) : null}
    </div>
  );
}
