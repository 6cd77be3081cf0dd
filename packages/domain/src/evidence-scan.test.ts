import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { checkEvidence } from "./dispute-evidence.ts";
import type { Inflate } from "./evidence-bytes.ts";
import { scanEvidence } from "./evidence-scan.ts";
import { buildJpeg, buildPdf, buildPng } from "./test-evidence-files.ts";

const inflate: Inflate = (data) => {
  try {
    return inflateSync(data);
  } catch {
    return null;
  }
};

/** The file's type by its first bytes, as the API checks it first, then the scan. */
function scan(bytes: Buffer) {
  const checked = checkEvidence(bytes);
  if (!checked.ok) throw new Error(checked.reason);
  return scanEvidence(bytes, checked.type, inflate);
}

const HELD = { ok: false, refusal: "card_number" };
const PAN = "4111 1111 1111 1111";
/** Glyph ids of a subset font: the digits 0–9 are glyphs 0x11–0x1a, the space 0x03. */
const DIGIT_GLYPHS: Array<[number, string]> = [
  [3, " "],
  ...Array.from({ length: 10 }, (_, d): [number, string] => [0x11 + d, String(d)]),
];
const glyphs = (text: string) =>
  [...text].map((c) => (c === " " ? "0003" : (0x11 + Number(c)).toString(16).padStart(4, "0"))).join("");

describe("card numbers in a PDF", () => {
  it("are found in a Flate-compressed content stream, in a string or spread over a TJ array's kerned pieces", () => {
    expect(scan(buildPdf({ compress: true, content: `BT /F1 12 Tf 72 720 Td (Card ${PAN}) Tj ET` }))).toEqual(HELD);
    const kerned = "BT /F1 12 Tf 72 700 Td [(Card: 4111)-278(1111)-278(11)4(11)-278(1111)] TJ ET";
    expect(scan(buildPdf({ compress: true, content: kerned }))).toEqual(HELD);
  });

  it("are found in an uncompressed stream, a hex string and the document's title, dashed or plain", () => {
    expect(scan(buildPdf({ content: `BT /F1 12 Tf 72 720 Td (${PAN}) Tj ET` }))).toEqual(HELD);
    const hex = Buffer.from("5555555555554444", "latin1").toString("hex");
    expect(scan(buildPdf({ compress: true, content: `BT /F1 12 Tf 72 720 Td <${hex}> Tj ET` }))).toEqual(HELD);
    expect(scan(buildPdf({ compress: true, content: "BT ET", title: "Receipt 4111-1111-1111-1111" }))).toEqual(HELD);
  });

  it("are found in text written as glyph ids, read through the font's ToUnicode map", () => {
    const content = `BT /F2 12 Tf 72 720 Td <${glyphs(PAN)}> Tj ET`;
    expect(scan(buildPdf({ compress: true, content, toUnicode: DIGIT_GLYPHS }))).toEqual(HELD);
    const masked = `BT /F2 12 Tf 72 720 Td <${glyphs("4111 1111")}> Tj ET`;
    expect(scan(buildPdf({ compress: true, content: masked, toUnicode: DIGIT_GLYPHS }))).toEqual({ ok: true });
  });

  it("pass a receipt with a masked card, long order numbers and drawing operators full of numbers", () => {
    const content = [
      "BT /F1 12 Tf 72 720 Td (Order 20261203211630, delivered 2026-12-01) Tj ET",
      "BT /F1 12 Tf 72 700 Td [(Card 411111******1111)-278(total 49.99 EUR)] TJ ET",
      "0.5 w 123.456 789.012 345.678 901.234 567.89 12.34 c 411.1 111.1 111.1 111.1 re S",
      "q 612 0 0 792 0 0 cm Q",
    ].join("\n");
    expect(scan(buildPdf({ compress: true, content, title: "Proof of delivery" }))).toEqual({ ok: true });
    expect(scan(buildPdf({ content }))).toEqual({ ok: true });
  });

  it("refuse an encrypted PDF, whose strings cannot be read", () => {
    const pdf = buildPdf({ content: "BT ET" }).toString("latin1").replace("/Root 1 0 R", "/Root 1 0 R /Encrypt 9 0 R");
    expect(scan(Buffer.from(pdf, "latin1"))).toEqual({ ok: false, refusal: "encrypted" });
  });

  it("refuse a file whose streams inflate past the caller's limit", () => {
    const pdf = buildPdf({ compress: true, content: `BT (${"x".repeat(5000)}) Tj ET` });
    const limited: Inflate = (data) => {
      try {
        return inflateSync(data, { maxOutputLength: 1000 });
      } catch {
        return "too_large";
      }
    };
    expect(scanEvidence(pdf, "application/pdf", limited)).toEqual({ ok: false, refusal: "too_large" });
  });
});

describe("a hostile PDF", () => {
  it("is read to its end in one pass: comments without line ends, open strings, a map of every code", () => {
    const bodies = [
      "%".repeat(600_000),
      "<a".repeat(300_000),
      "(".repeat(600_000),
      "<x:xmpmeta " + "<".repeat(600_000),
      `begincmap ${"beginbfrange <0000> <FFFF> <0030> ".repeat(15_000)}`,
    ];
    for (const body of bodies)
      expect(scanEvidence(Buffer.from(`%PDF-1.7\n${body}`, "latin1"), "application/pdf", inflate)).toEqual({
        ok: true,
      });
  });
});

describe("card numbers in PNG and JPEG metadata", () => {
  it("are found in tEXt, zTXt and iTXt chunks, compressed or not", () => {
    expect(scan(buildPng([{ chunk: "tEXt", keyword: "Comment", text: `card ${PAN}` }]))).toEqual(HELD);
    expect(scan(buildPng([{ chunk: "zTXt", keyword: "Description", text: "4111111111111111" }]))).toEqual(HELD);
    for (const compressed of [true, false])
      expect(
        scan(buildPng([{ chunk: "iTXt", keyword: "Description", text: "карта 5555 5555 5555 4444", compressed }])),
      ).toEqual(HELD);
  });

  it("are found in a JPEG comment and in its EXIF description", () => {
    expect(scan(buildJpeg({ comment: `paid with ${PAN}` }))).toEqual(HELD);
    expect(scan(buildJpeg({ description: "4111.1111.1111.1111" }))).toEqual(HELD);
  });

  it("pass images whose text holds no card number", () => {
    const note = "Delivered 2026-12-01 14:02, tracking 1Z999AA10123456784, card ending 1111";
    expect(scan(buildPng([{ chunk: "tEXt", keyword: "Comment", text: note }]))).toEqual({ ok: true });
    expect(scan(buildPng([{ chunk: "iTXt", keyword: "Comment", text: note, compressed: true }]))).toEqual({ ok: true });
    expect(scan(buildJpeg({ comment: note, description: "Signed delivery note" }))).toEqual({ ok: true });
  });
});
