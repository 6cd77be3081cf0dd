import { t } from "../../i18n/index.ts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { NoteForm } from "../../components/note-form.tsx";
import { useCan } from "../../components/principal.tsx";
import { useTrpc } from "../../trpc.ts";

/** A note for the dispute's timeline; only roles that answer disputes see the form (the API refuses the others). */
export function DisputeNoteForm({ disputeId }: { disputeId: string }) {
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const mayAnswer = useCan("dispute");
  const add = useMutation({
    ...trpc.disputes.addNote.mutationOptions(),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.disputes.byId.queryKey({ id: disputeId }) }),
  });
  if (!mayAnswer) return null;
  return (
    <NoteForm
      label={t("disputes.note.label")}
      placeholder={t("disputes.note.placeholder")}
      pending={add.isPending}
      error={add.isError ? add.error : null}
      onAdd={(text, saved) => add.mutate({ id: disputeId, text }, { onSuccess: saved })}
    />
  );
}
