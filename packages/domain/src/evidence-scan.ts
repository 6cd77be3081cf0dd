// Dispute evidence is checked for card numbers before it is sent or kept: a full card number must never reach the
// database. What can be read is read — a PDF's text (evidence-pdf.ts), PNG text chunks (tEXt, zTXt, iTXt, eXIf), JPEG
// comments and metadata segments (EXIF, XMP, IPTC) — and checked with the one card guard (card.ts: plain, spaced,
// dashed or dotted groups). Pixels are not read (no OCR): a card number in a photo or a scan passes, and
// docs/disputes.md §6 says so.
import { containsPan } from "./card.ts";
import { binaryText, type Inflate } from "./evidence-bytes.ts";
import type { EvidenceType } from "./dispute-evidence.ts";
import { pdfText } from "./evidence-pdf.ts";

export type EvidenceScan = { ok: true } | { ok: false; refusal: "card_number" | "encrypted" | "too_large" };

const utf8 = new TextDecoder("utf-8");
const utf16le = new TextDecoder("utf-16le");
const utf16be = new TextDecoder("utf-16be");

const u32 = (bytes: Uint8Array, at: number): number =>
  (((bytes[at] ?? 0) << 24) | ((bytes[at + 1] ?? 0) << 16) | ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0)) >>> 0;

/** A segment's bytes read every way text is written in image metadata: byte per character, UTF-8, UTF-16 (EXIF's XP tags). */
function metadataTexts(bytes: Uint8Array): string[] {
  return [binaryText(bytes), utf8.decode(bytes), utf16le.decode(bytes), utf16be.decode(bytes)];
}

interface Found {
  texts: string[];
  tooLarge: boolean;
}

/** PNG chunks up to IEND: tEXt as is, zTXt inflated, iTXt inflated when flagged, eXIf as EXIF. */
function pngTexts(bytes: Uint8Array, inflate: Inflate): Found {
  const found: Found = { texts: [], tooLarge: false };
  const add = (data: Uint8Array | "too_large" | null, decode: (b: Uint8Array) => string) => {
    if (data === "too_large") found.tooLarge = true;
    else if (data) found.texts.push(decode(data));
  };
  let at = 8;
  while (at + 8 <= bytes.length) {
    const length = u32(bytes, at);
    const type = binaryText(bytes.subarray(at + 4, at + 8));
    const data = bytes.subarray(at + 8, Math.min(at + 8 + length, bytes.length));
    at += 12 + length;
    const keywordEnd = data.indexOf(0);
    if (type === "tEXt") found.texts.push(binaryText(data).replace("\0", "\n"));
    else if (type === "zTXt" && keywordEnd >= 0) {
      found.texts.push(binaryText(data.subarray(0, keywordEnd)));
      add(inflate(data.subarray(keywordEnd + 2)), binaryText);
    } else if (type === "iTXt" && keywordEnd >= 0) {
      const compressed = data[keywordEnd + 1] === 1;
      const languageEnd = data.indexOf(0, keywordEnd + 3);
      const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
      if (translatedEnd < 0) continue;
      found.texts.push(utf8.decode(data.subarray(0, translatedEnd)).replace(/\0/g, "\n"));
      const text = data.subarray(translatedEnd + 1);
      add(compressed ? inflate(text) : text, (b) => utf8.decode(b));
    } else if (type === "eXIf") found.texts.push(...metadataTexts(data));
    else if (type === "IEND") break;
  }
  return found;
}

/** JPEG comment (COM) and application segments (APP0–APP15: EXIF, XMP, IPTC); the scans between are pixels. */
function jpegTexts(bytes: Uint8Array): Found {
  const found: Found = { texts: [], tooLarge: false };
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) {
      // Inside entropy-coded data: on to the next marker (0xff 0x00 is a stuffed byte, 0xd0–0xd7 restarts).
      at++;
      continue;
    }
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff || marker === 0x00 || (marker >= 0xd0 && marker <= 0xd8) || marker === 0x01) {
      at += marker === 0xff ? 1 : 2;
      continue;
    }
    if (marker === 0xd9) break;
    const length = ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0);
    const data = bytes.subarray(at + 4, Math.min(at + 2 + length, bytes.length));
    if (marker === 0xfe || (marker >= 0xe0 && marker <= 0xef)) found.texts.push(...metadataTexts(data));
    at += 2 + length;
  }
  return found;
}

/** Whether a file may be kept as evidence: refused when it holds a card number, or cannot be read whole. */
export function scanEvidence(bytes: Uint8Array, type: EvidenceType, inflate: Inflate): EvidenceScan {
  let found: Found;
  if (type === "application/pdf") {
    const pdf = pdfText(bytes, inflate);
    if (pdf.encrypted) return { ok: false, refusal: "encrypted" };
    found = pdf;
  } else found = type === "image/png" ? pngTexts(bytes, inflate) : jpegTexts(bytes);
  if (found.texts.some(containsPan)) return { ok: false, refusal: "card_number" };
  return found.tooLarge ? { ok: false, refusal: "too_large" } : { ok: true };
}

/** What the person uploading is told: short, and nothing of the file's insides. */
export const EVIDENCE_REFUSALS: Record<Exclude<EvidenceScan, { ok: true }>["refusal"], string> = {
  card_number:
    "The file holds a full card number: mask it (first six and last four digits at most) and upload the file again",
  encrypted: "The PDF is encrypted, so it cannot be checked for card numbers: save it without a password",
  too_large: "The file's compressed content is too large to check for card numbers",
};
