import { describe, expect, it } from "vitest";
import { checkEvidence, EVIDENCE_MAX_BYTES } from "./dispute-evidence.ts";

const withHead = (head: number[], size = 64) => {
  const bytes = new Uint8Array(size);
  bytes.set(head);
  return bytes;
};

describe("dispute evidence", () => {
  it("tells PDF, PNG and JPEG by their first bytes", () => {
    expect(checkEvidence(new TextEncoder().encode("%PDF-1.7\n..."))).toEqual({ ok: true, type: "application/pdf" });
    expect(checkEvidence(withHead([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toEqual({
      ok: true,
      type: "image/png",
    });
    expect(checkEvidence(withHead([0xff, 0xd8, 0xff, 0xe0]))).toEqual({ ok: true, type: "image/jpeg" });
  });

  it("refuses other files, empty files and files over 700 KB", () => {
    expect(checkEvidence(new TextEncoder().encode("<html>not a pdf</html>"))).toMatchObject({ ok: false });
    expect(checkEvidence(new Uint8Array())).toEqual({ ok: false, reason: "The file is empty" });
    expect(checkEvidence(withHead([0x25, 0x50, 0x44, 0x46, 0x2d], EVIDENCE_MAX_BYTES))).toMatchObject({ ok: true });
    expect(checkEvidence(withHead([0x25, 0x50, 0x44, 0x46, 0x2d], EVIDENCE_MAX_BYTES + 1))).toMatchObject({
      ok: false,
      reason: expect.stringContaining("at most 700 KB"),
    });
  });
});
