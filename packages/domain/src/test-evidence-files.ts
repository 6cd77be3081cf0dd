// Real evidence files for the card-number scan's tests, written byte by byte: a PDF with a Flate-compressed content
// stream (and optionally a Type0 font whose ToUnicode map gives the glyph ids' digits), a PNG with text chunks, a JPEG
// with a comment and an EXIF ImageDescription.
import { deflateSync } from "node:zlib";

export interface PdfSpec {
  /** The page's content stream: `BT /F1 12 Tf 72 720 Td (text) Tj ET`. */
  content: string;
  compress?: boolean;
  /** The document information dictionary's /Title. */
  title?: string;
  /** A ToUnicode map (its bfchar lines) for font /F2, for content written as 2-byte glyph ids. */
  toUnicode?: Array<[number, string]>;
}

/** A PDF of one page with a correct cross-reference table. */
export function buildPdf(spec: PdfSpec): Buffer {
  const objects: Buffer[] = [];
  const add = (body: string | Buffer) => objects.push(Buffer.isBuffer(body) ? body : Buffer.from(body, "latin1"));
  const stream = (dict: string, data: Buffer) =>
    Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`), data, Buffer.from("\nendstream")]);
  const content = Buffer.from(spec.content, "latin1");
  add("<< /Type /Catalog /Pages 2 0 R >>");
  add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
  add(
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R " +
      "/Resources << /Font << /F1 5 0 R /F2 7 0 R >> >> >>",
  );
  add(spec.compress ? stream("/Filter /FlateDecode", deflateSync(content)) : stream("", content));
  add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  add(`<< /Producer (paylens test) ${spec.title ? `/Title (${spec.title})` : ""} >>`);
  add("<< /Type /Font /Subtype /Type0 /BaseFont /Subset+Sans /Encoding /Identity-H /ToUnicode 8 0 R >>");
  const entries = (spec.toUnicode ?? [])
    .map(
      ([gid, text]) =>
        `<${gid.toString(16).padStart(4, "0")}> <${Buffer.from(text, "utf16le").swap16().toString("hex")}>`,
    )
    .join("\n");
  const cmap =
    "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n" +
    `${spec.toUnicode?.length ?? 0} beginbfchar\n${entries}\nendbfchar\nendcmap end end`;
  add(stream("/Filter /FlateDecode", deflateSync(Buffer.from(cmap, "latin1"))));

  const parts: Buffer[] = [Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objects.forEach((body, i) => {
    const object = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from("\nendobj\n")]);
    offsets.push(at);
    parts.push(object);
    at += object.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("") +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${at}\n%%EOF\n`;
  parts.push(Buffer.from(xref, "latin1"));
  return Buffer.concat(parts);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export type PngText =
  | { chunk: "tEXt"; keyword: string; text: string }
  | { chunk: "zTXt"; keyword: string; text: string }
  | { chunk: "iTXt"; keyword: string; text: string; compressed: boolean };

/** A 2×2 grey PNG with the given text chunks before its pixels. */
export function buildPng(texts: PngText[]): Buffer {
  const ihdr = Buffer.from([0, 0, 0, 2, 0, 0, 0, 2, 8, 0, 0, 0, 0]);
  const pixels = deflateSync(Buffer.from([0, 0x80, 0x80, 0, 0x80, 0x80]));
  const chunks = texts.map((entry) => {
    const keyword = Buffer.from(`${entry.keyword}\0`, "latin1");
    if (entry.chunk === "tEXt") return pngChunk("tEXt", Buffer.concat([keyword, Buffer.from(entry.text, "latin1")]));
    if (entry.chunk === "zTXt")
      return pngChunk(
        "zTXt",
        Buffer.concat([keyword, Buffer.from([0]), deflateSync(Buffer.from(entry.text, "latin1"))]),
      );
    const text = Buffer.from(entry.text, "utf8");
    const flags = Buffer.from([entry.compressed ? 1 : 0, 0]);
    const body = entry.compressed ? deflateSync(text) : text;
    return pngChunk("iTXt", Buffer.concat([keyword, flags, Buffer.from("en\0\0", "latin1"), body]));
  });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", ihdr),
    ...chunks,
    pngChunk("IDAT", pixels),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

function segment(marker: number, data: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(data.length + 2, 2);
  return Buffer.concat([head, data]);
}

/** EXIF (little-endian TIFF) with one tag: ImageDescription (0x010e), ASCII. */
function exif(description: string): Buffer {
  const text = Buffer.from(`${description}\0`, "latin1");
  const tiff = Buffer.alloc(8 + 2 + 12 + 4);
  tiff.write("II", 0, "latin1");
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4);
  tiff.writeUInt16LE(1, 8);
  tiff.writeUInt16LE(0x010e, 10);
  tiff.writeUInt16LE(2, 12);
  tiff.writeUInt32LE(text.length, 14);
  tiff.writeUInt32LE(tiff.length, 18);
  return Buffer.concat([Buffer.from("Exif\0\0", "latin1"), tiff, text]);
}

/**
 * A JPEG's container: SOI, JFIF, optional EXIF and comment, a scan header with a few entropy-coded bytes, EOI. Enough
 * for the scan, which reads segments and never pixels (no encoder here to draw a picture).
 */
export function buildJpeg(spec: { comment?: string; description?: string }): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, Buffer.from([0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0])),
    ...(spec.description ? [segment(0xe1, exif(spec.description))] : []),
    ...(spec.comment ? [segment(0xfe, Buffer.from(spec.comment, "latin1"))] : []),
    segment(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])),
    Buffer.from([0x12, 0x34, 0xff, 0x00, 0x56, 0xff, 0xd0, 0x78]),
    Buffer.from([0xff, 0xd9]),
  ]);
}
