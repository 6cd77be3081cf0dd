import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { scanEvidence } from "@paylens/domain/evidence-scan";
import { buildPdf } from "@paylens/domain/test-evidence-files";
import { EVIDENCE_INFLATE_BUDGET, evidenceInflate } from "./evidence-inflate.ts";

describe("the evidence scan's inflate", () => {
  it("inflates zlib and headerless deflate data, and answers null for bytes that are neither", () => {
    const inflate = evidenceInflate();
    const text = Buffer.from("Proof of delivery");
    expect(Buffer.from(inflate(deflateSync(text)) as Uint8Array).equals(text)).toBe(true);
    const raw = deflateSync(text).subarray(2, -4);
    expect(Buffer.from(inflate(raw) as Uint8Array).equals(text)).toBe(true);
    expect(inflate(Buffer.from([0xff, 0xff, 0xff]))).toBeNull();
  });

  it("stops a decompression bomb: a 40 KB stream of 40 MB refuses the file as too large to check", () => {
    const bomb = deflateSync(Buffer.alloc(EVIDENCE_INFLATE_BUDGET + 8 * 1024 * 1024, 0x20), { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    expect(evidenceInflate()(bomb)).toBe("too_large");
    const pdf = buildPdf({ compress: true, content: "BT ET" }).toString("latin1");
    const withBomb = Buffer.concat([
      Buffer.from(pdf.replace("%%EOF", ""), "latin1"),
      Buffer.from(`9 0 obj\n<< /Filter /FlateDecode /Length ${bomb.length} >>\nstream\n`, "latin1"),
      bomb,
      Buffer.from("\nendstream\nendobj\n%%EOF\n", "latin1"),
    ]);
    expect(scanEvidence(withBomb, "application/pdf", evidenceInflate())).toEqual({ ok: false, refusal: "too_large" });
  });
});
