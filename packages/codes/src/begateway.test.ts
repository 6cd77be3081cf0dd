import { describe, it, expect } from "vitest";
import { BEGATEWAY_CATALOGUE } from "./begateway-catalogue.ts";
import { BEGATEWAY_SERVICE_RANGES, begatewayService, begatewayServiceRange } from "./begateway-services.ts";
import { begatewayLetterMeaning, decodeBegateway, listBegatewayCodes } from "./begateway.ts";
import { NORMALIZED_REASONS, RETRYABLE } from "./reasons.ts";

// An ops message that is one whole text, as a decoder returns it: in English and as parts without notes.
const whole = (text: string | null) => ({ message: text, messageParts: text === null ? null : { text, notes: [] } });

const GENERIC_FRIENDLY = {
  S: "The transaction is successfully processed.",
  F: "Failed to complete the transaction. Contact the merchant for details.",
  P: "Transaction is being processed. Please wait.",
  E: "We are sorry, but something went wrong.",
} as const;
const LABEL = { S: "Successful", F: "Failed", P: "Pending", E: "Error" } as const;

// Parsed independently of the decoder so the table test checks it rather than mirrors it.
function parts(code: string): { letter: "S" | "F" | "P" | "E" | null; digits: string } {
  const m = /^(?:([SFPE])\.)?(\d{4})$/.exec(code);
  if (!m || m[2] === undefined) throw new Error(`catalogue code "${code}" is malformed`);
  const letter = m[1] === "S" || m[1] === "F" || m[1] === "P" || m[1] === "E" ? m[1] : null;
  return { letter, digits: m[2] };
}

function codesOf(letter: string, from: number, to: number): string[] {
  const out: string[] = [];
  for (let n = from; n <= to; n++) out.push(`${letter}.${String(n).padStart(4, "0")}`);
  return out;
}

describe("beGateway catalogue", () => {
  const codes = BEGATEWAY_CATALOGUE.map((r) => r.code);

  it("holds every published row exactly once", () => {
    expect(BEGATEWAY_CATALOGUE).toHaveLength(240);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("contains the contiguous published blocks, ranges expanded", () => {
    const expected = [
      ...codesOf("F", 1, 9),
      ...codesOf("F", 100, 135),
      ...codesOf("F", 996, 999),
      ...codesOf("F", 201, 219),
      "P.0220",
      "F.0221",
      "F.0222",
      "F.0399",
      ...codesOf("E", 1000, 1018),
      "P.1019",
      ...codesOf("E", 1020, 1065),
      ...codesOf("F", 1900, 1901),
      ...codesOf("F", 2001, 2012),
      "F.2401",
      "F.2403",
      "F.2404",
      ...codesOf("F", 4001, 4040),
      "E.5100",
      "E.5101",
      "F.6001",
      "F.7001",
      "F.8001",
      "8010",
      "S.0000",
      "P.0001",
      "P.0002",
      "P.9998",
      "P.9999",
      "P.0619",
      "P.0620",
      "F.0623",
    ];
    for (const code of expected) expect(codes, code).toContain(code);
  });

  it("gives S, P and 8010 rows no reason and every other row a normalized one", () => {
    for (const row of BEGATEWAY_CATALOGUE) {
      const { letter } = parts(row.code);
      if (letter === "S" || letter === "P" || letter === null) expect(row.reason, row.code).toBeNull();
      else expect(NORMALIZED_REASONS, row.code).toContain(row.reason);
    }
  });
});

describe("decodeBegateway over every catalogue row", () => {
  it.each(BEGATEWAY_CATALOGUE.map((row) => [row.code, row] as const))("%s", (code, row) => {
    const { letter, digits } = parts(code);
    const service = begatewayService(Number(digits));
    const out = decodeBegateway(code);
    expect(out.code).toBe(code);
    expect(out.letter).toBe(letter);
    expect(out.service).toBe(service);
    expect(out.message).toBe(
      row.message ??
        `${letter ? `${LABEL[letter]}: code` : "Code"} ${digits} of the ${service} range (no text in the published catalogue).`,
    );
    expect(out.friendlyMessage).toBe(row.friendlyMessage ?? (letter ? GENERIC_FRIENDLY[letter] : null));
    expect(out.reason).toBe(row.reason);
    expect(out.retryable).toBe(row.reason === null ? null : RETRYABLE[row.reason]);
    if (out.reason !== null) expect(NORMALIZED_REASONS).toContain(out.reason);
  });
});

describe("decodeBegateway specific codes", () => {
  it("S.0000 is a success with nothing to retry", () => {
    expect(decodeBegateway("S.0000")).toEqual({
      code: "S.0000",
      letter: "S",
      service: "OK",
      ...whole("Transaction is successful."),
      friendlyMessage: "The transaction is successfully processed.",
      reason: null,
      retryable: null,
    });
  });

  it("P.9998 is pending in the seed's bank range, friendly 'Incomplete transaction'", () => {
    const out = decodeBegateway("P.9998");
    expect(out.letter).toBe("P");
    expect(out.friendlyMessage).toBe("Incomplete transaction");
    expect(out.service).toBe("Bank");
    expect(begatewayServiceRange(9998)).toEqual({
      from: 8011,
      to: 9999,
      service: "Bank",
      source: "seed (bank codes 8011–9999)",
    });
    expect(out.message).toBe("Incomplete transaction: waiting for the customer to pass 3-D Secure.");
    expect(out.reason).toBeNull();
    expect(out.retryable).toBeNull();
  });

  it("F.0114 is insufficient funds and retryable", () => {
    const out = decodeBegateway("F.0114");
    expect(out.letter).toBe("F");
    expect(out.service).toBe("Card processing");
    expect(out.reason).toBe("insufficient_funds");
    expect(out.retryable).toBe(true);
    expect(out.message).toBe(
      "Insufficient funds. Check the account balance or contact the payment service provider for details.",
    );
    expect(out.friendlyMessage).toBe(
      "Insufficient funds. Failed to complete the transaction. Check the account balance.",
    );
  });

  it("F.0111 is an expired card, not retryable", () => {
    const out = decodeBegateway("F.0111");
    expect(out.reason).toBe("expired_card");
    expect(out.retryable).toBe(false);
  });

  it.each([
    ["F.0105", "do_not_honor"],
    ["F.0002", "do_not_honor"],
    ["F.0112", "incorrect_cvc"],
    ["F.0115", "suspected_fraud"],
    ["F.4022", "stolen_card"],
    ["F.4023", "suspected_fraud"],
    ["F.0123", "limit_exceeded"],
    ["F.0124", "limit_exceeded"],
    ["F.0129", "authentication_failed"],
    ["F.4001", "authentication_failed"],
    ["F.4011", "authentication_required"],
    ["F.4012", "authentication_required"],
    ["F.0117", "provider_error"],
    ["F.0119", "bank_unavailable"],
    ["F.0121", "bank_unavailable"],
    ["E.1005", "invalid_request"],
    ["E.1050", "invalid_request"],
    ["F.0108", "duplicate"],
    ["E.1018", "duplicate"],
    ["F.0109", "expired"],
    ["F.0998", "expired"],
    ["F.0132", "customer_cancelled"],
    ["F.0113", "unsupported"],
    ["E.1007", "unsupported"],
    ["F.0104", "not_permitted"],
    ["F.2007", "risk_decline"],
    ["F.2012", "risk_decline"],
    ["F.0127", "invalid_card"],
  ] as const)("%s → %s", (code, reason) => {
    expect(decodeBegateway(code).reason).toBe(reason);
  });

  it("takes the D-codes text for F.0998 and F.0999, not the status_code gem's", () => {
    expect(decodeBegateway("F.0998").message).toBe(
      "Transaction failed. The transaction was automatically completed by the provider's system. No further action is required.",
    );
    expect(decodeBegateway("F.0999").message).toBe(
      "Failed to complete the transaction. Contact the payment service provider.",
    );
  });

  it("expands F.4027–F.4030 into one row each", () => {
    expect(["F.4027", "F.4028", "F.4029", "F.4030"].map((c) => decodeBegateway(c).message)).toEqual([
      "Low confidence.",
      "Medium confidence.",
      "High confidence.",
      "Very High confidence.",
    ]);
    expect(decodeBegateway("F.4030").friendlyMessage).toBe(
      "Card authentication failed. Please contact your card issuer",
    );
  });

  it("builds template T1 rows (E.1039–E.1063)", () => {
    expect(decodeBegateway("E.1049")).toMatchObject({
      letter: "E",
      service: "Payment gateway",
      ...whole(
        "Invalid transaction parameters. Unsupported value of the language parameter. Check the transaction parameters or contact the payment service provider for details.",
      ),
      friendlyMessage:
        "Invalid transaction parameters. Unsupported value of the language parameter. Contact the merchant for details.",
    });
  });

  it("uses equal texts where the list says '='", () => {
    const out = decodeBegateway("F.4007");
    expect(out.message).toBe(
      "3-D Secure service is temporarily unavailable. Please try later or contact tech support.",
    );
    expect(out.friendlyMessage).toBe(out.message);
  });

  it("accepts the letterless async code 8010", () => {
    expect(decodeBegateway("8010")).toEqual({
      code: "8010",
      letter: null,
      service: "Payment gateway (async mode)",
      ...whole("Async transaction was created."),
      friendlyMessage: "Async transaction was created.",
      reason: null,
      retryable: null,
    });
  });

  it("lets the body's text stand in for rows the list left empty", () => {
    const out = decodeBegateway("F.7001", { message: "Verify declined", friendlyMessage: "Declined" });
    expect(out).toMatchObject({
      letter: "F",
      service: "Verify",
      ...whole("Verify declined"),
      friendlyMessage: "Declined",
      reason: "unknown",
    });
  });

  it("prefers the catalogue over the body's text for known rows", () => {
    expect(decodeBegateway("F.0105", { message: "body text" }).message).toBe(
      "Do not honor. Contact the payment service provider for details.",
    );
  });

  it("reads lower-case and padded codes but keeps the raw code", () => {
    const out = decodeBegateway(" f.0114 ");
    expect(out.code).toBe(" f.0114 ");
    expect(out.letter).toBe("F");
    expect(out.reason).toBe("insufficient_funds");
  });
});

describe("decodeBegateway unknown and malformed codes", () => {
  it("F.8016 is a failure from the bank range, reason unknown", () => {
    expect(decodeBegateway("F.8016")).toEqual({
      code: "F.8016",
      letter: "F",
      service: "Bank",
      ...whole("Failed: code 8016 of the Bank range (not in the published catalogue)."),
      friendlyMessage: GENERIC_FRIENDLY.F,
      reason: "unknown",
      retryable: false,
    });
  });

  it("uses the body's texts for unknown codes when present", () => {
    const out = decodeBegateway("F.8016", {
      ...whole("Refer to card issuer"),
      friendlyMessage: "Declined by your bank",
    });
    expect(out.message).toBe("Refer to card issuer");
    expect(out.friendlyMessage).toBe("Declined by your bank");
  });

  it("E.1999 is an invalid request in the beQueue range", () => {
    expect(decodeBegateway("E.1999")).toMatchObject({
      letter: "E",
      service: "beQueue",
      ...whole("Error: code 1999 of the beQueue range (not in the published catalogue)."),
      friendlyMessage: GENERIC_FRIENDLY.E,
      reason: "invalid_request",
      retryable: false,
    });
  });

  it("P.1234 is pending, with no reason", () => {
    expect(decodeBegateway("P.1234")).toMatchObject({
      letter: "P",
      service: "Payment gateway",
      friendlyMessage: GENERIC_FRIENDLY.P,
      reason: null,
      retryable: null,
    });
  });

  it("keeps a malformed code raw with reason unknown", () => {
    expect(decodeBegateway("XYZ")).toEqual({
      code: "XYZ",
      letter: null,
      service: null,
      ...whole('Unrecognised beGateway code "XYZ".'),
      friendlyMessage: null,
      reason: "unknown",
      retryable: false,
    });
  });

  it("lets the status say success for a malformed code", () => {
    expect(decodeBegateway("F0114", { status: "successful" })).toMatchObject({
      letter: null,
      reason: null,
      retryable: null,
    });
  });
});

describe("decodeBegateway without a code (v2 bodies)", () => {
  it("failed → F with reason unknown", () => {
    expect(decodeBegateway(null, { status: "failed" })).toEqual({
      code: null,
      letter: "F",
      service: null,
      ...whole("Failed (no v3 code in the response)."),
      friendlyMessage: GENERIC_FRIENDLY.F,
      reason: "unknown",
      retryable: false,
    });
  });

  it("failed keeps the body's message", () => {
    expect(decodeBegateway(undefined, { status: "failed", message: "Insufficient funds" }).message).toBe(
      "Insufficient funds",
    );
  });

  it("successful → like S.0000 without the code", () => {
    expect(decodeBegateway(null, { status: "successful" })).toEqual({ ...decodeBegateway("S.0000"), code: null });
  });

  it.each([
    ["incomplete", "P", null],
    ["pending", "P", null],
    ["error", "E", "invalid_request"],
    ["expired", "F", "expired"],
  ] as const)("%s → %s", (status, letter, reason) => {
    const out = decodeBegateway("", { status });
    expect(out.code).toBeNull();
    expect(out.letter).toBe(letter);
    expect(out.reason).toBe(reason);
  });

  it("no code and no status says nothing beyond unknown", () => {
    expect(decodeBegateway(null)).toEqual({
      code: null,
      letter: null,
      service: null,
      ...whole(null),
      friendlyMessage: null,
      reason: "unknown",
      retryable: false,
    });
  });
});

describe("beGateway service ranges", () => {
  it("maps every number 0000–9999 to exactly one named service", () => {
    for (let n = 0; n <= 9999; n++) {
      const hits = BEGATEWAY_SERVICE_RANGES.filter((r) => n >= r.from && n <= r.to);
      expect(hits.length, String(n)).toBe(1);
      expect(hits[0]?.service, String(n)).not.toBe("");
    }
  });

  it.each([
    [0, "OK"],
    [5, "Card processing (legacy numbering)"],
    [135, "Card processing"],
    [222, "APM processing"],
    [450, "Card processing"],
    [638, "APM validation"],
    [999, "Card processing"],
    [1065, "Payment gateway"],
    [1901, "beQueue"],
    [2404, "Smart Routing"],
    [4040, "3-D Secure"],
    [5101, "External tokenization"],
    [6001, "AVS/CVC"],
    [7001, "Verify"],
    [8001, "P2P verification"],
    [8010, "Payment gateway (async mode)"],
    [8011, "Bank"],
    [9999, "Bank"],
  ] as const)("%i → %s", (digits, service) => {
    expect(begatewayService(digits)).toBe(service);
  });

  it("answers Unknown outside 0000–9999", () => {
    expect(begatewayService(10000)).toBe("Unknown");
    expect(begatewayService(-1)).toBe("Unknown");
    expect(begatewayService(1.5)).toBe("Unknown");
  });
});

describe("begatewayLetterMeaning", () => {
  it("explains each letter with its v2 status", () => {
    expect(begatewayLetterMeaning("S")?.v2Status).toBe("successful");
    expect(begatewayLetterMeaning("f")?.label).toBe("Failed");
    expect(begatewayLetterMeaning("P")?.v2Status).toBe("pending / incomplete");
    expect(begatewayLetterMeaning("E")?.label).toBe("Error");
  });

  it("returns null for anything else", () => {
    expect(begatewayLetterMeaning("X")).toBeNull();
    expect(begatewayLetterMeaning(null)).toBeNull();
  });

  it("reuses the catalogue's own catch-all friendly texts", () => {
    const friendly = (code: string) => BEGATEWAY_CATALOGUE.find((r) => r.code === code)?.friendlyMessage;
    expect(begatewayLetterMeaning("S")?.genericFriendlyMessage).toBe(friendly("S.0000"));
    expect(begatewayLetterMeaning("F")?.genericFriendlyMessage).toBe(friendly("F.0999"));
    expect(begatewayLetterMeaning("P")?.genericFriendlyMessage).toBe(friendly("P.0001"));
    expect(begatewayLetterMeaning("E")?.genericFriendlyMessage).toBe(friendly("E.1000"));
  });
});

describe("listBegatewayCodes", () => {
  it("lists every row in numeric order with letter, service and retryability", () => {
    const list = listBegatewayCodes();
    expect(list).toHaveLength(BEGATEWAY_CATALOGUE.length);
    expect(list[0]).toMatchObject({ code: "S.0000", letter: "S", service: "OK", retryable: null });
    expect(list.at(-1)).toMatchObject({ code: "P.9999", letter: "P", service: "Bank" });
    expect(list.find((r) => r.code === "8010")).toMatchObject({
      letter: null,
      service: "Payment gateway (async mode)",
    });
    expect(list.find((r) => r.code === "F.0114")).toMatchObject({
      letter: "F",
      reason: "insufficient_funds",
      retryable: true,
    });
    const digits = list.map((r) => r.code.slice(-4));
    expect(digits).toEqual([...digits].sort());
  });
});
