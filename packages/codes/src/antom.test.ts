import { describe, expect, it } from "vitest";
import { ANTOM_CATALOGUE } from "./antom-catalogue.ts";
import { decodeAntom, listAntomCodes } from "./antom.ts";
import { NORMALIZED_REASONS, RETRYABLE } from "./reasons.ts";

// An ops message that is one whole text, as a decoder returns it: in English and as parts without notes.
const whole = (text: string | null) => ({ message: text, messageParts: text === null ? null : { text, notes: [] } });

// docs/providers/antom.md §5: the codes the doc lists, section by section (the table must hold each one).
const DOCUMENTED = [
  "SUCCESS",
  "ACCESS_DENIED",
  "INVALID_SIGNATURE",
  "CLIENT_INVALID",
  "KEY_NOT_FOUND",
  "NO_INTERFACE_DEF",
  "METHOD_NOT_SUPPORTED",
  "MEDIA_TYPE_NOT_ACCEPTABLE",
  "PARAM_ILLEGAL",
  "PROCESS_FAIL",
  "REPEAT_REQ_INCONSISTENT",
  "SYSTEM_ERROR",
  "REQUEST_TRAFFIC_EXCEED_LIMIT",
  "UNKNOWN_EXCEPTION",
  "PAYMENT_IN_PROCESS",
  "INVALID_API",
  "INVALID_CONTRACT",
  "INVALID_MERCHANT_STATUS",
  "MERCHANT_KYB_NOT_QUALIFIED",
  "MERCHANT_NOT_REGISTERED",
  "SETTLE_CONTRACT_NOT_MATCH",
  "CURRENCY_NOT_SUPPORT",
  "NO_PAY_OPTIONS",
  "INVALID_PAYMENT_METHOD_META_DATA",
  "INVALID_AMOUNT",
  "PAYMENT_NOT_QUALIFIED",
  "PAYMENT_PROHIBITED",
  "SELECTED_CARD_BRAND_NOT_AVAILABLE",
  "ORDER_IS_CLOSED",
  "ORDER_IS_CANCELED",
  "ORDER_NOT_EXIST",
  "ORDER_STATUS_INVALID",
  "USER_BALANCE_NOT_ENOUGH",
  "USER_AMOUNT_EXCEED_LIMIT",
  "PAYMENT_AMOUNT_EXCEED_LIMIT",
  "PAYMENT_COUNT_EXCEED_LIMIT",
  "USER_KYC_NOT_QUALIFIED",
  "USER_NOT_EXIST",
  "USER_STATUS_ABNORMAL",
  "USER_PAYMENT_VERIFICATION_FAILED",
  "VERIFY_TIMES_EXCEED_LIMIT",
  "VERIFY_UNMATCHED",
  "EXPIRED_CODE",
  "INVALID_PAYMENT_CODE",
  "INVALID_ACCESS_TOKEN",
  "INCORRECT_BLIKCODE",
  "RISK_REJECT",
  "FRAUD_REJECT",
  "SUSPECTED_RISK",
  "CARD_NOT_SUPPORTED",
  "INVALID_CARD_NUMBER",
  "INVALID_EXPIRATION_DATE",
  "DO_NOT_HONOR",
  "AUTHENTICATION_REQUIRED",
  "ACCOUNT_CLOSED",
  "BLOCKED_FIRST_USED",
  "CARD_EXPIRED",
  "INVALID_CVV",
  "LOST_CARD",
  "NO_SELECTED_ACCOUNT",
  "PICKUP_CARD",
  "POLICY",
  "RESTRICTED_CARD",
  "STOLEN_CARD",
  "VERIFICATION_IN_PROCESS",
  "MULTI_CAPTURE_NOT_SUPPORTED",
  "AUTH_CANCELLED",
  "AUTH_EXPIRED",
  "AUTH_NOT_FOUND",
  "CAPTURE_IN_PROCESS",
  "CAPTURE_AMOUNT_EXCEED_AUTH_LIMIT",
  "SIGNATURE_INVALID",
  "CANCEL_WINDOW_EXCEED",
  "REFUND_IN_PROCESS",
  "REFUND_AMOUNT_EXCEED",
  "REFUND_WINDOW_EXCEED",
  "REFUND_NOT_SUPPORTED",
  "PARTIAL_REFUND_NOT_SUPPORTED",
  "MULTIPLE_REFUNDS_NOT_SUPPORTED",
  "MERCHANT_BALANCE_NOT_ENOUGH",
  "PAYMENT_METHOD_NOT_SUPPORTED",
];
// §5: "PAYMENT_IN_PROCESS, UNKNOWN_EXCEPTION, REQUEST_TRAFFIC_EXCEED_LIMIT = U", plus the *_IN_PROCESS codes; all else F.
const U_CODES = new Set([
  "PAYMENT_IN_PROCESS",
  "UNKNOWN_EXCEPTION",
  "REQUEST_TRAFFIC_EXCEED_LIMIT",
  "VERIFICATION_IN_PROCESS",
  "CAPTURE_IN_PROCESS",
  "REFUND_IN_PROCESS",
]);
const REFUSAL_REASONS = [
  "invalid_request",
  "provider_error",
  "duplicate",
  "not_permitted",
  "unsupported",
  "expired",
  "insufficient_funds",
];

describe("Antom catalogue", () => {
  const codes = ANTOM_CATALOGUE.map((row) => row.code);

  it("holds every code of docs/providers/antom.md §5 exactly once", () => {
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of DOCUMENTED) expect(codes, code).toContain(code);
    expect(codes).toHaveLength(DOCUMENTED.length + 1); // + INVALID_CLIENT, Alipay+'s spelling
  });

  it("keeps the documented status letters", () => {
    for (const row of ANTOM_CATALOGUE) {
      const expected = row.code === "SUCCESS" ? "S" : U_CODES.has(row.code) ? "U" : "F";
      expect(row.status, row.code).toBe(expected);
    }
  });

  it("gives S and P rows no reason, every decline and refusal a normalized one", () => {
    for (const row of ANTOM_CATALOGUE) {
      if (row.letter === "S" || row.letter === "P") expect(row.reason, row.code).toBeNull();
      else expect(NORMALIZED_REASONS, row.code).toContain(row.reason);
      if (row.letter === "E") expect(REFUSAL_REASONS, row.code).toContain(row.reason);
    }
  });

  it("lists every code with its retryability", () => {
    const listed = listAntomCodes();
    expect(listed).toHaveLength(ANTOM_CATALOGUE.length);
    expect(listed.find((row) => row.code === "USER_BALANCE_NOT_ENOUGH")?.retryable).toBe(true);
  });
});

describe("decodeAntom over every catalogue row", () => {
  it.each(ANTOM_CATALOGUE.map((row) => [row.code, row] as const))("%s", (code, row) => {
    const out = decodeAntom({ resultStatus: row.status, resultCode: code, resultMessage: "body text" });
    const letter = row.status === "S" ? "S" : row.letter;
    expect(out).toEqual({
      code,
      letter,
      service: row.service ?? "Payment",
      ...whole(row.message),
      friendlyMessage: row.friendlyMessage,
      reason: row.reason,
      retryable: row.reason === null ? null : RETRYABLE[row.reason],
    });
    // Letters follow the wire status except where the catalogue reads a refusal as E.
    if (row.status === "U" && letter !== "E") expect(letter).toBe("P");
    if (row.status === "F" && letter !== "E") expect(letter).toBe("F");
  });
});

describe("decodeAntom specific results", () => {
  it("decodes the seed's authorization result as a success", () => {
    expect(decodeAntom({ resultCode: "SUCCESS", resultMessage: "success.", resultStatus: "S" })).toEqual({
      code: "SUCCESS",
      letter: "S",
      service: "Payment",
      ...whole("Success: the call reached its final successful state."),
      friendlyMessage: "The payment was successful.",
      reason: null,
      retryable: null,
    });
  });

  it.each([
    ["USER_BALANCE_NOT_ENOUGH", "F", "insufficient_funds", true],
    ["CARD_EXPIRED", "F", "expired_card", false],
    ["DO_NOT_HONOR", "F", "do_not_honor", true],
    ["RISK_REJECT", "F", "risk_decline", false],
    ["FRAUD_REJECT", "F", "suspected_fraud", false],
    ["USER_PAYMENT_VERIFICATION_FAILED", "F", "authentication_failed", true],
    ["AUTHENTICATION_REQUIRED", "F", "authentication_required", true],
    ["INVALID_CARD_NUMBER", "F", "invalid_card", false],
    ["INVALID_CVV", "F", "incorrect_cvc", false],
    ["STOLEN_CARD", "F", "stolen_card", false],
    ["PROCESS_FAIL", "E", "provider_error", true],
    ["UNKNOWN_EXCEPTION", "E", "provider_error", true],
    ["REQUEST_TRAFFIC_EXCEED_LIMIT", "E", "provider_error", true],
    ["PARAM_ILLEGAL", "E", "invalid_request", false],
    ["INVALID_SIGNATURE", "E", "invalid_request", false],
    ["REPEAT_REQ_INCONSISTENT", "E", "duplicate", false],
    ["CAPTURE_AMOUNT_EXCEED_AUTH_LIMIT", "E", "invalid_request", false],
    ["REFUND_AMOUNT_EXCEED", "E", "invalid_request", false],
    ["CURRENCY_NOT_SUPPORT", "E", "unsupported", false],
    ["ORDER_IS_CLOSED", "F", "expired", true],
  ] as const)("%s → %s %s", (code, letter, reason, retryable) => {
    const status = code === "UNKNOWN_EXCEPTION" || code === "REQUEST_TRAFFIC_EXCEED_LIMIT" ? "U" : "F";
    expect(decodeAntom({ resultStatus: status, resultCode: code })).toMatchObject({ letter, reason, retryable });
  });

  it("reads U with PAYMENT_IN_PROCESS as pending, nothing declined", () => {
    expect(decodeAntom({ resultStatus: "U", resultCode: "PAYMENT_IN_PROCESS" })).toMatchObject({
      letter: "P",
      service: "Payment",
      reason: null,
      retryable: null,
    });
  });

  it("names the service of each API family", () => {
    expect(decodeAntom({ resultStatus: "F", resultCode: "INVALID_SIGNATURE" }).service).toBe("Gateway");
    expect(decodeAntom({ resultStatus: "F", resultCode: "MULTI_CAPTURE_NOT_SUPPORTED" }).service).toBe("Capture");
    expect(decodeAntom({ resultStatus: "F", resultCode: "CANCEL_WINDOW_EXCEED" }).service).toBe("Cancel");
    expect(decodeAntom({ resultStatus: "U", resultCode: "REFUND_IN_PROCESS" }).service).toBe("Refund");
    expect(decodeAntom({ resultStatus: "F", resultCode: "VERIFY_UNMATCHED" }).service).toBe("3-D Secure");
  });

  it("lets the answering API name the service of shared codes", () => {
    expect(decodeAntom({ resultStatus: "S", resultCode: "SUCCESS" }, { service: "Refund" }).service).toBe("Refund");
    expect(decodeAntom({ resultStatus: "F", resultCode: "ORDER_NOT_EXIST" }, { service: "Cancel" }).service).toBe(
      "Cancel",
    );
    expect(decodeAntom({ resultStatus: "F", resultCode: "DO_NOT_HONOR" }, { service: "Refund" }).service).toBe(
      "Payment",
    );
  });

  it("decodes unknown codes by their status, keeping the body's message", () => {
    expect(decodeAntom({ resultStatus: "F", resultCode: "NEW_DECLINE", resultMessage: "brand new" })).toEqual({
      code: "NEW_DECLINE",
      letter: "F",
      service: null,
      ...whole("brand new"),
      friendlyMessage: expect.any(String),
      reason: "unknown",
      retryable: false,
    });
    expect(decodeAntom({ resultStatus: "U", resultCode: "NEW_WAIT" })).toMatchObject({
      letter: "P",
      reason: null,
      retryable: null,
    });
    expect(decodeAntom({ resultStatus: "S", resultCode: "NEW_OK" })).toMatchObject({ letter: "S", reason: null });
    expect(decodeAntom({ resultStatus: "X", resultCode: "ODD" })).toMatchObject({
      letter: null,
      reason: null,
      friendlyMessage: null,
    });
    expect(decodeAntom({ resultStatus: "F", resultCode: "ODD" }).message).toBe(
      'Antom result code "ODD" is not in the catalogue (resultStatus F).',
    );
  });

  it("returns an empty outcome without a result", () => {
    expect(decodeAntom(null)).toEqual({
      code: null,
      letter: null,
      service: null,
      ...whole(null),
      friendlyMessage: null,
      reason: null,
      retryable: null,
    });
  });

  it("reads PROCESS_FAIL with an issuer refusal code as that card decline", () => {
    const out = decodeAntom(
      { resultStatus: "F", resultCode: "PROCESS_FAIL" },
      { refusalCodeRaw: "91", refusalReasonRaw: "Issuer unavailable" },
    );
    expect(out).toMatchObject({ letter: "F", service: "Payment", reason: "bank_unavailable", retryable: true });
    expect(out.message).toContain("Issuer answered 91 (Issuer unavailable)");
    expect(decodeAntom({ resultStatus: "F", resultCode: "SOMETHING_NEW" }, { refusalCodeRaw: "51" }).reason).toBe(
      "insufficient_funds",
    );
  });

  it("appends the issuer's raw answer and advice to the ops message of a catalogued decline", () => {
    const out = decodeAntom(
      { resultStatus: "F", resultCode: "DO_NOT_HONOR" },
      { refusalCodeRaw: "05", merchantAdviceCode: "03" },
    );
    expect(out.message).toBe(
      "Do not honor: the issuer declined without a reason. Issuer answered 05; merchant advice code 03.",
    );
    // The same as parts: the catalogued text the translations are keyed by, then the issuer's answer as figures.
    expect(out.messageParts).toEqual({
      text: "Do not honor: the issuer declined without a reason.",
      notes: [{ kind: "issuer", code: "05", said: null, advice: "03" }],
    });
    expect(out.reason).toBe("do_not_honor");
  });

  it("reads lower-case and padded codes but keeps the raw code", () => {
    expect(decodeAntom({ resultStatus: " f ", resultCode: " risk_reject " })).toMatchObject({
      code: "risk_reject",
      letter: "F",
      reason: "risk_decline",
    });
  });
});
