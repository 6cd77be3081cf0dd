import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { errorText } from "../../components/error-state.tsx";
import { useCan } from "../../components/principal.tsx";
import { useTrpc } from "../../trpc.ts";

/** A note for the dispute's timeline; only roles that answer disputes see the form (the API refuses the others). */
export function DisputeNoteForm({ disputeId }: { disputeId: string }) {
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const mayAnswer = useCan("dispute");
  const [text, setText] = useState("");
  const add = useMutation({
    ...trpc.disputes.addNote.mutationOptions(),
    onSuccess: () => {
      setText("");
      void queryClient.invalidateQueries({ queryKey: trpc.disputes.byId.queryKey({ id: disputeId }) });
    },
  });
  if (!mayAnswer) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) add.mutate({ id: disputeId, text: text.trim() });
  };
  return (
    <form className="note-form" onSubmit={submit}>
      <textarea
        className="input"
        aria-label="New dispute note"
        placeholder="What you found, what you decided…"
        value={text}
        onChange={(e) => setText(e.target.value)}
        maxLength={4000}
        rows={2}
      />
      {add.isError ? (
        <p className="form-error" role="alert">
          {errorText(add.error)}
        </p>
      ) : null}
      <button type="submit" className="button button-sm" disabled={add.isPending || !text.trim()}>
        Add note
      </button>
    </form>
  );
}
