import { t } from "../i18n/index.ts";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { ActionRow } from "../lib/api-types.ts";
import { useTrpc } from "../trpc.ts";
import { errorText } from "./error-state.tsx";
import { useCan, usePrincipal } from "./principal.tsx";

/** Approve or decline a held refund: a second person with "approve" only; declining needs a note for the requester. */
export function ApprovalButtons({
  action,
  onDone,
}: {
  action: Pick<ActionRow, "id" | "requestedBy" | "requestedByName">;
  onDone: () => void;
}) {
  const trpc = useTrpc();
  const me = usePrincipal();
  const mayApprove = useCan("approve");
  const [declining, setDeclining] = useState(false);
  const [note, setNote] = useState("");
  const approve = useMutation({ ...trpc.actions.approve.mutationOptions(), onSuccess: onDone });
  const decline = useMutation({ ...trpc.actions.decline.mutationOptions(), onSuccess: onDone });

  if (!mayApprove) return <span className="muted">{t("approvals.buttons.needsRights")}</span>;
  if (action.requestedBy === me.id) return <span className="muted">{t("approvals.buttons.ownRequest")}</span>;
  const busy = approve.isPending || decline.isPending;
  const error = approve.error ?? decline.error;
  const submitDecline = (event: FormEvent) => {
    event.preventDefault();
    if (note.trim()) decline.mutate({ id: action.id, note: note.trim() });
  };

  return (
    <div className="approval-buttons">
      {declining ? (
        <form className="inline-form" onSubmit={submitDecline}>
          <input
            className="input input-sm"
            aria-label={t("approvals.buttons.whyNot")}
            placeholder={t("approvals.buttons.whyNotPlaceholder")}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            autoFocus
          />
          <button type="submit" className="button button-sm button-danger" disabled={busy || !note.trim()}>
            {t("approvals.buttons.decline")}
          </button>
          <button type="button" className="button button-sm" onClick={() => setDeclining(false)} disabled={busy}>
            {t("common.cancel")}
          </button>
        </form>
      ) : (
        <span className="button-row">
          <button
            type="button"
            className="button button-sm button-primary"
            onClick={() => approve.mutate({ id: action.id })}
            disabled={busy}
          >
            {approve.isPending ? t("approvals.buttons.approving") : t("approvals.buttons.approve")}
          </button>
          <button type="button" className="button button-sm" onClick={() => setDeclining(true)} disabled={busy}>
            {t("approvals.buttons.declineOpen")}
          </button>
        </span>
      )}
      {error ? (
        <p className="form-error" role="alert">
          {errorText(error)}
        </p>
      ) : null}
    </div>
  );
}
