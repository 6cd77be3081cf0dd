// Which beGateway service a v3 code's 4 digits belong to. The current code list (D-codes) splits the ranges more
// finely than the v3 guide; its sub-ranges win, the guide and the Russian seed fill the gaps, so every number from
// 0000 to 9999 maps to exactly one named service (checked by the tests).

export interface BegatewayServiceRange {
  from: number;
  to: number; // inclusive
  service: string;
  source: string; // where the boundary comes from, for the codes explorer
}

export const BEGATEWAY_SERVICE_RANGES: readonly BegatewayServiceRange[] = [
  { from: 0, to: 0, service: "OK", source: "guide, seed" },
  { from: 1, to: 99, service: "Card processing (legacy numbering)", source: "older D-codes list (F.0001–F.0009)" },
  { from: 100, to: 199, service: "Card processing", source: "D-codes" },
  { from: 200, to: 399, service: "APM processing", source: "D-codes" },
  // D-codes files card processing under F.0100–F.0999 around the APM sub-ranges; the guide has cards up to 0499.
  { from: 400, to: 599, service: "Card processing", source: "D-codes, guide 0001–0499" },
  { from: 600, to: 995, service: "APM validation", source: "D-codes" },
  // F.0996–F.0999 are card processing catch-alls (D-codes / SC), although they sit inside E.0600–E.0999.
  { from: 996, to: 999, service: "Card processing", source: "D-codes, SC" },
  { from: 1000, to: 1899, service: "Payment gateway", source: "D-codes (card/gateway validation)" },
  { from: 1900, to: 1999, service: "beQueue", source: "D-codes" },
  { from: 2000, to: 3999, service: "Smart Routing", source: "D-codes, guide, seed" },
  { from: 4000, to: 4999, service: "3-D Secure", source: "D-codes, guide, seed" },
  // Only 5100–5199 is published; every other service owns whole blocks, so the rest of 5xxx is read as its block.
  { from: 5000, to: 5999, service: "External tokenization", source: "D-codes 5100–5199 (block assumed)" },
  { from: 6000, to: 6999, service: "AVS/CVC", source: "D-codes, guide, seed" },
  { from: 7000, to: 7999, service: "Verify", source: "D-codes, guide, seed" },
  // Only 8001 is published; 8000–8004 sit before the guide's first bank code (8005).
  { from: 8000, to: 8004, service: "P2P verification", source: "D-codes, guide, seed (8001)" },
  { from: 8005, to: 8009, service: "Bank", source: "guide (bank codes from 8005)" },
  { from: 8010, to: 8010, service: "Payment gateway (async mode)", source: "D-codes, guide, seed" },
  { from: 8011, to: 9999, service: "Bank", source: "seed (bank codes 8011–9999)" },
];

/** Name of the service a code's 4 digits belong to; "Unknown" only outside 0000–9999. */
export function begatewayService(digits: number): string {
  const range = begatewayServiceRange(digits);
  return range ? range.service : "Unknown";
}

/** The range entry itself (with its source), or null outside 0000–9999. */
export function begatewayServiceRange(digits: number): BegatewayServiceRange | null {
  if (!Number.isInteger(digits)) return null;
  return BEGATEWAY_SERVICE_RANGES.find((r) => digits >= r.from && digits <= r.to) ?? null;
}
