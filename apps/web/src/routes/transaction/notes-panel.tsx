import { t } from "../../i18n/index.ts";
import { useMutation, useQuery } from "@tanstack/react-query";
import { DateTime } from "../../components/date-time.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { NoteForm } from "../../components/note-form.tsx";
import { useCan } from "../../components/principal.tsx";
import { useTrpc } from "../../trpc.ts";
import { Panel } from "./panel.tsx";
import { useRefreshTransaction } from "./use-refresh-transaction.ts";

export function NotesPanel({ transactionId }: { transactionId: string }) {
  const trpc = useTrpc();
  const mayNote = useCan("note");
  const refresh = useRefreshTransaction();
  const notes = useQuery(trpc.notes.list.queryOptions({ transactionId }));
  const add = useMutation({ ...trpc.notes.add.mutationOptions(), onSuccess: refresh });

  let list;
  if (notes.isPending) list = <p className="muted">{t("transaction.notes.loading")}</p>;
  else if (notes.isError)
    list = (
      <ErrorState title={t("transaction.notes.loadFailed")} error={notes.error} onRetry={() => void notes.refetch()} />
    );
  else if (!notes.data.length) list = <p className="muted">{t("transaction.notes.none")}</p>;
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
    <Panel title={t("transaction.notes.title")}>
      {list}
      {mayNote ? (
        <NoteForm
          label={t("transaction.notes.new")}
          placeholder={t("transaction.notes.placeholder")}
          pending={add.isPending}
          error={add.isError ? add.error : null}
          onAdd={(text, saved) => add.mutate({ transactionId, text }, { onSuccess: saved })}
        />
      ) : null}
    </Panel>
  );
}
