import { formatNumber, t } from "../../i18n/index.ts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type ChangeEvent } from "react";
import { checkEvidence } from "@paylens/domain/dispute-evidence";
import { DateTime } from "../../components/date-time.tsx";
import { errorText } from "../../components/error-state.tsx";
import { useCan } from "../../components/principal.tsx";
import { newIdempotencyKey } from "../../lib/idempotency-key.ts";
import { useTrpc } from "../../trpc.ts";

interface EvidenceRow {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  authorName: string;
  createdAt: Date;
}

/** Base64 in slices: one String.fromCharCode over the whole file would overflow the call stack. */
function toBase64(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/** The evidence sent so far and, for roles that answer disputes while one is needed, a file to send. */
export function EvidenceUpload({
  dispute,
  evidence,
}: {
  dispute: { id: string; status: string };
  evidence: EvidenceRow[];
}) {
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const mayAnswer = useCan("dispute");
  const [key, setKey] = useState(newIdempotencyKey);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = useMutation({
    ...trpc.disputes.submitEvidence.mutationOptions(),
    onSuccess: () => {
      setKey(newIdempotencyKey());
      void queryClient.invalidateQueries({ queryKey: trpc.disputes.byId.queryKey({ id: dispute.id }) });
    },
  });
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    // Checked here as the API checks it, so a wrong file is told at once instead of after the upload.
    const checked = checkEvidence(bytes);
    setProblem(checked.ok ? null : checked.reason);
    if (checked.ok)
      submit.mutate({ id: dispute.id, idempotencyKey: key, fileName: file.name, contentBase64: toBase64(bytes) });
  };
  return (
    <>
      <h3>{t("disputes.evidence.title")}</h3>
      {evidence.length ? (
        <ul className="note-list" aria-label={t("disputes.evidence.sent")}>
          {evidence.map((e) => (
            <li key={e.id}>
              {e.fileName} · {e.contentType} ·{" "}
              {t("disputes.evidence.sizeKb", { value: formatNumber(Math.ceil(e.sizeBytes / 1024)) })} · {e.authorName} ·{" "}
              <DateTime value={e.createdAt} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("disputes.evidence.none")}</p>
      )}
      {mayAnswer && dispute.status === "needs_response" ? (
        <label className="field">
          <span>{t("disputes.evidence.send")}</span>
          <input
            type="file"
            accept="application/pdf,image/png,image/jpeg"
            disabled={submit.isPending}
            onChange={(event) => void choose(event)}
          />
        </label>
      ) : null}
      {(problem ?? submit.error) ? (
        <p className="form-error" role="alert">
          {problem ?? errorText(submit.error)}
        </p>
      ) : null}
    </>
  );
}
