// The outcome of a dispute recorded by hand: no provider message will decide it, so finance sets it from what the
// provider told them (api actions/set-dispute-outcome.ts). A win releases the held amount; a loss or an acceptance
// books it as lost. Asks once more, and sends under one key however often it is clicked.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { errorText } from "../../components/error-state.tsx";
import { t } from "../../i18n/index.ts";
import { useCan } from "../../components/principal.tsx";
import { formatMoney } from "../../lib/format-money.ts";
import { newIdempotencyKey } from "../../lib/idempotency-key.ts";
import { useTrpc } from "../../trpc.ts";

const OUTCOMES = [
  { outcome: "won", label: "won", confirm: "confirmWon" },
  { outcome: "lost", label: "lost", confirm: "confirmLost" },
  { outcome: "accepted", label: "accepted", confirm: "confirmAccepted" },
] as const;
type Outcome = (typeof OUTCOMES)[number]["outcome"];

export function OutcomeControl({ dispute }: { dispute: { id: string; amountMinor: bigint; currency: string } }) {
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const mayDecide = useCan("finance");
  const [key] = useState(newIdempotencyKey);
  const [chosen, setChosen] = useState<Outcome | null>(null);
  const decide = useMutation({
    ...trpc.disputes.setOutcome.mutationOptions(),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.disputes.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.transactions.byId.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
      ]),
  });
  if (!mayDecide) return null;
  const pick = OUTCOMES.find((o) => o.outcome === chosen);
  return (
    <div className="dispute-outcome" role="group" aria-label={t("disputes.outcome.label")}>
      <p className="muted">{t("disputes.outcome.intro")}</p>
      {pick ? (
        <span className="button-row">
          <button
            type="button"
            className={`button button-sm ${pick.outcome === "won" ? "button-primary" : "button-danger"}`}
            disabled={decide.isPending}
            onClick={() => decide.mutate({ id: dispute.id, idempotencyKey: key, outcome: pick.outcome })}
          >
            {t(`disputes.outcome.${pick.confirm}`, { amount: formatMoney(dispute.amountMinor, dispute.currency) })}
          </button>
          <button type="button" className="button button-sm" onClick={() => setChosen(null)}>
            {t("disputes.outcome.cancel")}
          </button>
        </span>
      ) : (
        <span className="button-row">
          {OUTCOMES.map((o) => (
            <button key={o.outcome} type="button" className="button button-sm" onClick={() => setChosen(o.outcome)}>
              {t(`disputes.outcome.${o.label}`)}
            </button>
          ))}
        </span>
      )}
      {decide.error ? (
        <p className="form-error" role="alert">
          {errorText(decide.error)}
        </p>
      ) : null}
    </div>
  );
}
