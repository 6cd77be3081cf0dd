// Helpers of the evidence scan (evidence-scan.ts): bytes as text one character a byte, and the inflate it is given.

/**
 * zlib inflate, given by the caller (node:zlib on the server) so the domain stays browser-safe: the bytes, null when
 * they are not zlib data, "too_large" past the caller's output limit (a small file may inflate to gigabytes).
 */
export type Inflate = (data: Uint8Array) => Uint8Array | "too_large" | null;

/** Each byte as the character of that code (0–255): TextDecoder's "latin1" is windows-1252 and moves 0x80–0x9f. */
export function binaryText(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192)
    out += String.fromCharCode(...bytes.subarray(i, Math.min(i + 8192, bytes.length)));
  return out;
}
