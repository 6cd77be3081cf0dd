// Evidence for a dispute: one file the provider will show the card scheme. Only PDF, PNG and JPEG, told by their
// first bytes (a renamed file is refused), and at most 700 KB, checked the same in the browser and in the API.
// 700 KB: the tightest provider limit on evidence is 1,000,000 Base64 characters (docs/providers/, the disputes
// sections), and the request stays under the server's 1 MB body limit.
export const EVIDENCE_MAX_BYTES = 700 * 1024;

export const EVIDENCE_TYPES = ["application/pdf", "image/png", "image/jpeg"] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

const MAGIC: { type: EvidenceType; bytes: number[] }[] = [
  { type: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
];

export type EvidenceCheck = { ok: true; type: EvidenceType } | { ok: false; reason: string };

/** The file's type by its first bytes, or why it cannot be evidence. */
export function checkEvidence(bytes: Uint8Array): EvidenceCheck {
  if (bytes.length === 0) return { ok: false, reason: "The file is empty" };
  if (bytes.length > EVIDENCE_MAX_BYTES)
    return { ok: false, reason: `The file is ${bytes.length} bytes; evidence may be at most 700 KB` };
  const found = MAGIC.find((m) => m.bytes.every((byte, i) => bytes[i] === byte));
  if (!found) return { ok: false, reason: "Evidence must be a PDF, PNG or JPEG file" };
  return { ok: true, type: found.type };
}
