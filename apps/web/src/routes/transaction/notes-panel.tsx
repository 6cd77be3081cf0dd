import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { DateTime } from "../../components/date-time.tsx";
import { ErrorState, errorText } from "../../components/error-state.tsx";
import { useCan } from "../../components/principal.tsx";
import { useTrpc } from "../../trpc.ts";
import { Panel } from "./panel.tsx";
import { useRefreshTransaction } from "./use-refresh-transaction.ts";

export function NotesPanel({ transactionId }: { transactionId: string }) {
  const trpc = useTrpc();
  const mayNote = useCan("note");
  const refresh = useRefreshTransaction();
  const [text, setText] = useState("");
  const notes = useQuery(trpc.notes.list.queryOptions({ transactionId }));
  const add = useMutation({
    ...trpc.notes.add.mutationOptions(),
    onSuccess: () => {
      setText("");
      refresh();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) add.mutate({ transactionId, text: text.trim() });
  };

  let list;
  if (notes.isPending) list = <p className="muted">Loading notes…</p>;
  else if (notes.isError)
    list = <ErrorState title="Could not load the notes" error={notes.error} onRetry={() => void notes.refetch()} />;
  else if (!notes.data.length) list = <p className="muted">No notes yet.</p>;
  else {
    list = (
      <ul className="note-list">
        {notes.data.map((note) => (
          <li key={note.id}>
            <p className="note-text">{note.text}</p>
            <p className="action-meta">
              {note.authorName} · <DateTime value={note.createdAt} />
            </p>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <Panel title="Notes">
      {list}
      {mayNote ? (
        <form className="note-form" onSubmit={submit}>
          <textarea
            className="input"
            aria-label="New note"
            placeholder="What the customer said, what you checked…"
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
      ) : null}
    </Panel>
  );
}
