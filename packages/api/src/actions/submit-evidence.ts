// Evidence for a dispute: one PDF, PNG or JPEG (domain/dispute-evidence.ts) sent through the provider's API while the
// dispute needs a response, audited, and kept with its checksum. A repeated upload under the same key sends nothing.
import { createHash } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { checkEvidence } from "@paylens/domain/dispute-evidence";
import { EVIDENCE_REFUSALS, scanEvidence } from "@paylens/domain/evidence-scan";
import type { Principal } from "@paylens/db/queries/access";
import { recordAudit } from "@paylens/db/queries/audit";
import { evidenceByKey, saveDisputeEvidence } from "@paylens/db/queries/dispute-evidence";
import { disputeById } from "@paylens/db/queries/disputes";
import { providerName } from "@paylens/providers/catalog";
import type { Context } from "../context.ts";
import { actorOf } from "../actor.ts";
import { evidenceInflate } from "./evidence-inflate.ts";
import { refusal } from "../refusal.ts";

export interface EvidenceInput {
  id: string;
  idempotencyKey: string;
  fileName: string;
  contentBase64: string;
}

export async function submitEvidence(ctx: Context & { principal: Principal }, input: EvidenceInput) {
  const found = await disputeById(ctx.db, input.id);
  if (!found) throw new TRPCError({ code: "NOT_FOUND", message: `No dispute ${input.id}` });
  const d = found.dispute;
  const bytes = Buffer.from(input.contentBase64, "base64");
  const checked = checkEvidence(bytes);
  if (!checked.ok) throw new TRPCError({ code: "BAD_REQUEST", message: checked.reason });
  // A full card number must never be stored: a file holding one is refused, and the attempt is audited.
  const scanned = scanEvidence(bytes, checked.type, evidenceInflate());
  if (!scanned.ok) {
    await recordAudit(ctx.db, {
      ...actorOf(ctx),
      action: "dispute.evidence_refused",
      transactionId: d.transactionId,
      subject: d.providerDisputeId,
      after: {
        refusal: scanned.refusal,
        fileName: input.fileName,
        contentType: checked.type,
        sizeBytes: bytes.length,
        idempotencyKey: input.idempotencyKey,
      },
    });
    throw new TRPCError({ code: "BAD_REQUEST", message: EVIDENCE_REFUSALS[scanned.refusal] });
  }
  // A repeated click or a second tab: sent already under this key, so nothing is sent again.
  const before = await evidenceByKey(ctx.db, d.id, input.idempotencyKey);
  if (before) return { evidence: before, already: true };
  if (d.status !== "needs_response")
    throw refusal("CONFLICT", "evidence_not_open", "Evidence can be sent only while the dispute needs a response");
  const connector = ctx.providers?.connector(d.provider) ?? null;
  const call = ctx.providers?.callContext(d.accountId) ?? null;
  if (!connector?.supplyDefenseDocument || !call)
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `${providerName(d.provider)} has no API for dispute evidence: upload it in its back office`,
    });
  const result = await connector.supplyDefenseDocument(call, {
    providerDisputeId: d.providerDisputeId,
    idempotencyKey: input.idempotencyKey,
    documentBase64: bytes.toString("base64"),
  });
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  await recordAudit(ctx.db, {
    ...actorOf(ctx),
    action: "dispute.evidence",
    transactionId: d.transactionId,
    subject: d.providerDisputeId,
    after: {
      answer: result.state,
      message: result.outcome.message,
      fileName: input.fileName,
      contentType: checked.type,
      sizeBytes: bytes.length,
      sha256,
      idempotencyKey: input.idempotencyKey,
    },
  });
  if (result.state === "rejected")
    throw new TRPCError({
      code: "CONFLICT",
      message: `${providerName(d.provider)} refused: ${result.outcome.message ?? "no reason given"}`,
    });
  const saved = await saveDisputeEvidence(ctx.db, {
    disputeId: d.id,
    idempotencyKey: input.idempotencyKey,
    fileName: input.fileName,
    contentType: checked.type,
    sizeBytes: bytes.length,
    sha256,
    content: bytes,
    providerState: result.state,
    author: ctx.principal.id,
    authorName: ctx.principal.name,
  });
  if (saved) return { evidence: saved, already: false };
  // Two tabs racing under one key: the other one stored it.
  const stored = await evidenceByKey(ctx.db, d.id, input.idempotencyKey);
  if (!stored) throw new Error("dispute evidence not saved");
  return { evidence: stored, already: true };
}
