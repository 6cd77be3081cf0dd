// The readable text of a PDF, for the card-number check on dispute evidence (evidence-scan.ts): every string in the
// file's uncompressed parts and in its Flate streams (text shown, metadata, form values, annotations), decoded through
// the fonts' ToUnicode maps where the text is glyph ids, and XML metadata streams. Images are pixels and are skipped;
// streams in other encodings (LZW, ASCII85, …) are not read.
import { binaryText, type Inflate } from "./evidence-bytes.ts";

const utf16be = new TextDecoder("utf-16be");

export interface PdfText {
  texts: string[];
  /** The file names an encryption dictionary: its strings cannot be read. */
  encrypted: boolean;
  /** A Flate stream inflated past the caller's limit: the file cannot be checked whole. */
  tooLarge: boolean;
}

interface Stream {
  dict: string;
  start: number;
  end: number;
}

/** Every `stream … endstream` with the dictionary before it (its /Length may be indirect, so endstream ends it). */
function streamsOf(text: string): Stream[] {
  const streams: Stream[] = [];
  const keyword = /\bstream(\r\n|\n|\r)/g;
  for (let match = keyword.exec(text); match; match = keyword.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf("endstream", start);
    if (end < 0) break;
    const before = text.slice(Math.max(0, match.index - 2000), match.index);
    const dict = before.slice(before.lastIndexOf("obj") + 1);
    streams.push({ dict, start, end });
    keyword.lastIndex = end + "endstream".length;
  }
  return streams;
}

/** The stream's filters by name; empty when it is stored as is. */
function filtersOf(dict: string): string[] {
  const found = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict);
  return found ? [...(found[1] ?? "").matchAll(/\/([A-Za-z0-9]+)/g)].map((name) => name[1] ?? "") : [];
}

/** A PDF string's bytes as text: UTF-16BE after its byte-order mark, else one byte a character. */
function decodeString(bytes: string): string {
  if (bytes.charCodeAt(0) === 0xfe && bytes.charCodeAt(1) === 0xff) {
    const raw = Uint8Array.from(bytes.slice(2), (c) => c.charCodeAt(0) & 0xff);
    return utf16be.decode(raw);
  }
  return bytes;
}

const ESCAPES: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" };

/** A literal string from `(` at `at`: nested parentheses and escapes; returns its bytes and where it ends. */
function literalAt(text: string, at: number): [string, number] {
  let depth = 1;
  let out = "";
  let i = at + 1;
  while (i < text.length && depth > 0) {
    const c = text[i] as string;
    if (c === "\\") {
      const next = text[i + 1] ?? "";
      const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4));
      if (octal) {
        out += String.fromCharCode(parseInt(octal[0], 8) & 0xff);
        i += 1 + octal[0].length;
        continue;
      }
      if (next === "\r" || next === "\n") i += text[i + 2] === "\n" && next === "\r" ? 3 : 2;
      else {
        out += ESCAPES[next] ?? next;
        i += 2;
      }
      continue;
    }
    if (c === "(") depth++;
    if (c === ")" && --depth === 0) break;
    out += c;
    i++;
  }
  return [out, i + 1];
}

/** A hex string from `<` at `at` (an odd last digit counts as followed by 0). */
function hexAt(text: string, at: number): [string, number] {
  const end = text.indexOf(">", at);
  const stop = end < 0 ? text.length : end;
  const hex = text.slice(at + 1, stop).replace(/[^0-9A-Fa-f]/g, "");
  let out = "";
  for (let i = 0; i < hex.length; i += 2) out += String.fromCharCode(parseInt(hex.slice(i, i + 2).padEnd(2, "0"), 16));
  return [out, stop + 1];
}

/**
 * The strings of a PDF text, raw bytes each: those of one TJ array are one piece (kerning of more than a fifth of an
 * em between them reads as a space, as generators write word gaps), every other string a piece of its own.
 */
const EOL = /[\r\n]/g;

function stringsOf(text: string): string[] {
  const pieces: string[] = [];
  let array: string | null = null;
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === "%") {
      EOL.lastIndex = i;
      i = EOL.exec(text)?.index ?? text.length;
    } else if (c === "(" || (c === "<" && text[i + 1] !== "<")) {
      const [bytes, next] = c === "(" ? literalAt(text, i) : hexAt(text, i);
      if (array === null) pieces.push(bytes);
      else array += bytes;
      i = next;
    } else if (c === "<") {
      i += 2;
    } else if (c === "[") {
      if (array !== null) pieces.push(array);
      array = "";
      i++;
    } else if (c === "]") {
      if (array !== null) pieces.push(array);
      array = null;
      i++;
    } else if (array !== null && /[-+.\d]/.test(c)) {
      const number = /^[-+]?\d*\.?\d+/.exec(text.slice(i, i + 20));
      if (number && Number(number[0]) < -200) array += " ";
      i += number ? number[0].length : 1;
    } else i++;
  }
  if (array) pieces.push(array);
  return pieces;
}

type CMap = { width: number; codes: Map<number, string> };

/** The text between each begin and its end, found in one pass (a lazy regex rescans to the end for an open block). */
function blocks(text: string, begin: string, end: string): string[] {
  const found: string[] = [];
  for (let at = text.indexOf(begin); at >= 0;) {
    const stop = text.indexOf(end, at + begin.length);
    if (stop < 0) break;
    found.push(text.slice(at + begin.length, stop));
    at = text.indexOf(begin, stop + end.length);
  }
  return found;
}

/** A ToUnicode map's single codes and ranges (bfchar, bfrange), for text written as glyph ids. */
function cmapOf(text: string): CMap | null {
  const codes = new Map<number, string>();
  let width = 1;
  const unicode = (hex: string) => utf16be.decode(Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16)));
  for (const block of blocks(text, "beginbfchar", "endbfchar"))
    for (const [, src = "", dst = ""] of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      width = Math.max(width, src.length / 2);
      codes.set(parseInt(src, 16), unicode(dst));
    }
  for (const block of blocks(text, "beginbfrange", "endbfrange"))
    for (const [, lo = "", hi = "", dst = ""] of block.matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g,
    )) {
      width = Math.max(width, lo.length / 2);
      const first = parseInt(lo, 16);
      const last = Math.min(parseInt(hi, 16), first + 0xffff);
      const listed = [...dst.matchAll(/<([0-9A-Fa-f]+)>/g)].map((m) => m[1] ?? "");
      // A crafted map could list billions of codes: a font has at most 65,536 glyphs.
      for (let code = first; code <= last && codes.size < 65_536; code++) {
        if (dst.startsWith("[")) {
          const each = listed[code - first];
          if (each) codes.set(code, unicode(each));
        } else {
          const base = listed[0] ?? "";
          const value = parseInt(base.slice(-4), 16) + (code - first);
          codes.set(code, unicode(base.slice(0, -4) + value.toString(16).padStart(4, "0")));
        }
      }
    }
  return codes.size > 0 ? { width: Math.min(width, 4), codes } : null;
}

function throughCMap(bytes: string, cmap: CMap): string {
  let out = "";
  for (let i = 0; i + cmap.width <= bytes.length; i += cmap.width) {
    let code = 0;
    for (let k = 0; k < cmap.width; k++) code = code * 256 + (bytes.charCodeAt(i + k) & 0xff);
    out += cmap.codes.get(code) ?? "\uFFFD";
  }
  return out;
}

/** An XML packet's text between its tags (XMP metadata). */
const xmlText = (text: string): string => text.replace(/<[^<>]*>/g, "\n");

export function pdfText(bytes: Uint8Array, inflate: Inflate): PdfText {
  const file = binaryText(bytes);
  const encrypted = /\/Encrypt\s*(\d+\s+\d+\s+R|<<)/.test(file);
  const parts: string[] = [];
  let tooLarge = false;
  let outside = "";
  let last = 0;
  for (const stream of streamsOf(file)) {
    outside += `${file.slice(last, stream.start)}\n`;
    last = stream.end;
    if (/\/Subtype\s*\/Image\b/.test(stream.dict)) continue;
    const filters = filtersOf(stream.dict);
    if (filters.length === 0) parts.push(file.slice(stream.start, stream.end));
    else if (filters.length === 1 && filters[0] === "FlateDecode") {
      const inflated = inflate(bytes.subarray(stream.start, stream.end));
      if (inflated === "too_large") tooLarge = true;
      else if (inflated) parts.push(binaryText(inflated));
    }
  }
  outside += file.slice(last);
  parts.push(outside);

  const cmaps = parts
    // A font's ToUnicode map is a few kilobytes; a megabyte of "begin…" without its end is not one.
    .filter((part) => part.includes("begincmap") && part.length < 1_000_000)
    .map(cmapOf)
    .filter((cmap): cmap is CMap => cmap !== null)
    .slice(0, 32);
  const texts: string[] = [];
  for (const part of parts) {
    if (/<x:xmpmeta|<\?xpacket/.test(part)) texts.push(xmlText(part));
    if (part.includes("begincmap")) continue;
    const pieces = stringsOf(part);
    texts.push(pieces.map(decodeString).join("\n"));
    for (const cmap of cmaps) texts.push(pieces.map((piece) => throughCMap(piece, cmap)).join("\n"));
  }
  return { texts, encrypted, tooLarge };
}
