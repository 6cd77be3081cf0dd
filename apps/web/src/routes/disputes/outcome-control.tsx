// The outcome of a dispute recorded by hand: no provider message will decide it, so finance sets it from what the
// provider told them (api actions/set-dispute-outcome.ts). A win releases the held amount; a loss or an acceptance
// books it as lost. Asks once more, and sends under one key however often it is clicked.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { errorText } from "../../components/error-state.tsx";
import { Money } from "../../components/money.tsx";
import { useCan } from "../../components/principal.tsx";
import { newIdempotencyKey } from "../../lib/idempotency-key.ts";
import { useTrpc } from "../../trpc.ts";

const OUTCOMES = [
  { outcome: "won", label: "Won", before: "release the", after: "held" },
  { outcome: "lost", label: "Lost", before: "book the", after: "as lost" },
  { outcome: "accepted", label: "Accepted", before: "book the", after: "as lost" },
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
    <div className="dispute-outcome" role="group" aria-label="Set the outcome">
      <p className="muted">Recorded by hand: set the outcome when the provider tells you.</p>
      {pick ? (
        <span className="button-row">
          <button
            type="button"
            className={`button button-sm ${pick.outcome === "won" ? "button-primary" : "button-danger"}`}
            disabled={decide.isPending}
            onClick={() => decide.mutate({ id: dispute.id, idempotencyKey: key, outcome: pick.outcome })}
          >
            {pick.label}: {pick.before} <Money amountMinor={dispute.amountMinor} currency={dispute.currency} />{" "}
            {pick.after}
          </button>
          <button type="button" className="button button-sm" onClick={() => setChosen(null)}>
            Cancel
          </button>
        </span>
      ) : (
        <span className="button-row">
          {OUTCOMES.map((o) => (
            <button key={o.outcome} type="button" className="button button-sm" onClick={() => setChosen(o.outcome)}>
              {o.label}
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
