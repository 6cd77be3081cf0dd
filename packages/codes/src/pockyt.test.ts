import { describe, expect, it } from "vitest";
import { decodePockyt, decodePockytCode, listPockytCodes, pockytServiceOf, pockytUnsupported } from "./pockyt.ts";
import { POCKYT_CATALOGUE } from "./pockyt-catalogue.ts";
import { NORMALIZED_REASONS, RETRYABLE } from "./reasons.ts";

// An ops message that is one whole text, as a decoder returns it: in English and as parts without notes.
const whole = (text: string | null) => ({ message: text, messageParts: text === null ? null : { text, notes: [] } });

const rows = <K extends (typeof POCKYT_CATALOGUE)[number]["kind"]>(kind: K) =>
  POCKYT_CATALOGUE.filter((row): row is Extract<(typeof POCKYT_CATALOGUE)[number], { kind: K }> => row.kind === kind);

describe("Pockyt catalogue", () => {
  it("holds every ret_code of docs/providers/pockyt.md §6 and every status of §7 exactly once", () => {
    expect(rows("ret_code").map((r) => r.key)).toEqual([
      "000000",
      "000010",
      "000020",
      "000021",
      "000022",
      "000023",
      "000030",
      "000040",
      "000080",
      "000100",
    ]);
    const statuses = rows("status").map((r) => r.key);
    for (const status of ["init", "dealing", "success", "failed", "pending", "closed", "fail", "reversed"])
      expect(statuses).toContain(status);
    expect(new Set(statuses).size).toBe(statuses.length);
  });

  it("gives S and P rows no reason and every F and E row a normalized one", () => {
    for (const row of POCKYT_CATALOGUE) {
      if (row.letter === "S" || row.letter === "P") expect(row.reason, row.key).toBeNull();
      else expect(NORMALIZED_REASONS, row.key).toContain(row.reason);
      expect(row.message.length, row.key).toBeGreaterThan(10);
      expect(row.friendlyMessage.length, row.key).toBeGreaterThan(5);
    }
  });
});

describe("decodePockyt over every ret_code row", () => {
  it.each(
    rows("ret_code")
      .filter((r) => r.key !== "000100")
      .map((r) => [r.key, r] as const),
  )("%s → E", (code, row) => {
    expect(decodePockyt(code)).toEqual({
      code,
      letter: "E",
      service: "Gateway",
      ...whole(row.message),
      friendlyMessage: row.friendlyMessage,
      reason: row.reason,
      retryable: row.reason === null ? null : RETRYABLE[row.reason],
    });
  });

  it("000100 without a status is accepted and pending (secure-pay's prepay)", () => {
    expect(decodePockyt("000100", null, "prepay success ")).toMatchObject({
      code: "000100",
      letter: "P",
      service: "Online payment",
      reason: null,
      retryable: null,
    });
  });
});

describe("decodePockyt over every status row", () => {
  it.each(rows("status").map((r) => [r.key, r] as const))("000100 + %s", (status, row) => {
    expect(decodePockyt("000100", status, "query success ")).toEqual({
      code: status,
      letter: row.letter,
      service: "Query",
      ...whole(row.message),
      friendlyMessage: row.friendlyMessage,
      reason: row.reason,
      retryable: row.reason === null ? null : RETRYABLE[row.reason],
    });
  });

  it.each([
    ["success", "S", null],
    ["pending", "P", null],
    ["init", "P", null],
    ["processing", "P", null],
    ["dealing", "P", null],
    ["closed", "F", "expired"],
    ["expired", "F", "expired"],
    ["failed", "F", "unknown"],
    ["fail", "F", "unknown"],
    ["reversed", "F", "customer_cancelled"],
  ] as const)("%s → %s (%s)", (status, letter, reason) => {
    const out = decodePockyt("000100", status);
    expect(out.letter).toBe(letter);
    expect(out.reason).toBe(reason);
  });

  it("reads an IPN's status without a ret_code, in the family the caller names", () => {
    expect(decodePockyt(null, "success", null, "Online payment")).toMatchObject({
      code: "success",
      letter: "S",
      service: "Online payment",
      reason: null,
    });
    expect(decodePockyt(null, " Closed ")).toMatchObject({
      code: "closed",
      letter: "F",
      reason: "expired",
      retryable: true,
    });
  });

  it("keeps an unknown status unknown", () => {
    expect(decodePockyt("000100", "refunding")).toMatchObject({
      code: "refunding",
      letter: null,
      reason: "unknown",
      ...whole('Unrecognised Pockyt status "refunding".'),
    });
  });
});

describe("decodePockyt errors refined by ret_msg", () => {
  it("the docs' signature error is an invalid request, not a system error", () => {
    const out = decodePockyt("000000", null, "data error : verifySign");
    expect(out).toMatchObject({ letter: "E", reason: "invalid_request", retryable: false, service: "Gateway" });
    expect(out.message).toContain("verifySign does not match");
    expect(out.message).toContain('Pockyt says: "data error : verifySign"');
    expect(out.messageParts?.notes).toEqual([
      { kind: "provider", provider: "Pockyt", said: "data error : verifySign" },
    ]);
    expect(decodePockyt("000000", null, "System busy").reason).toBe("provider_error");
  });

  it.each([
    ["000022", "reference has already been used", "duplicate"],
    ["000023", "refundReference duplicate", "duplicate"],
    ["000023", "currency CNY is not supported by vendor paypal", "unsupported"],
    ["000040", "Account balance is not sufficient", "insufficient_funds"],
    ["000040", "transaction status is closed", "invalid_request"],
    ["000021", "transaction not found", "invalid_request"],
    ["000030", "no rights", "not_permitted"],
    ["000080", "alipay gateway timeout", "bank_unavailable"],
  ] as const)("%s %s → %s", (code, retMsg, reason) => {
    expect(decodePockyt(code, null, retMsg).reason).toBe(reason);
  });

  it("an error code wins over any status in the body", () => {
    expect(decodePockyt("000023", "success").letter).toBe("E");
  });

  it("names the endpoint family when told, else Gateway", () => {
    expect(decodePockyt("000023", null, null, "Refund").service).toBe("Refund");
  });

  it("keeps an unknown ret_code raw with reason unknown", () => {
    expect(decodePockyt("000033", null, "odd")).toMatchObject({
      code: "000033",
      letter: "E",
      reason: "unknown",
      retryable: false,
    });
    expect(decodePockyt("000033").message).toBe('Unrecognised Pockyt ret_code "000033".');
  });

  it("says nothing beyond unknown without a code or a status", () => {
    expect(decodePockyt(null)).toEqual({
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

describe("the in-store example responses (docs/providers/pockyt.md §4.2, §4.5; pockyt/fixtures/seed-*.verbatim.txt)", () => {
  it("in-store pay: 000100 'add success' with transactionStatus pending → P, In-store", () => {
    expect(decodePockyt("000100", "pending", "add success")).toMatchObject({
      letter: "P",
      service: "In-store",
      reason: null,
      friendlyMessage: "Please confirm the payment in your wallet app.",
    });
  });

  it("then tran-query: 000100 'query success' with status success → S, Query", () => {
    expect(decodePockyt("000100", "success", "query success")).toMatchObject({
      letter: "S",
      service: "Query",
      reason: null,
      retryable: null,
    });
  });
});

describe("helpers", () => {
  it.each([
    ["prepay success ", "Online payment"],
    ["add success", "In-store"],
    ["query success ", "Query"],
    ["refund success ", "Refund"],
    ["cancel success ", "Refund"],
    ["success", null],
  ] as const)("%j belongs to %s", (retMsg, service) => {
    expect(pockytServiceOf(retMsg)).toBe(service);
  });

  it("refuses authorize and capture as unsupported", () => {
    expect(pockytUnsupported("authorize")).toMatchObject({ letter: "E", reason: "unsupported", retryable: false });
    expect(pockytUnsupported("capture").message).toContain("not supported by Pockyt");
  });
});

describe("listPockytCodes", () => {
  it("lists 000100 as accepted, every catalogued ret_code as an error, then every transaction status", () => {
    const listed = listPockytCodes();
    expect(listed[0]).toMatchObject({ code: "000100", letter: "P" });
    const errors = listed.filter((row) => /^\d{6}$/.test(row.code ?? "")).slice(1);
    expect(errors.every((row) => row.letter === "E")).toBe(true);
    expect(listed.map((row) => row.code)).toContain("000080");
    expect(listed.slice(1 + errors.length).map((row) => row.code)).toEqual(rows("status").map((row) => row.key));
  });

  it("reads a stored code back, a status or a ret_code", () => {
    expect(decodePockytCode("success")).toMatchObject({ code: "success", letter: "S" });
    expect(decodePockytCode("closed")).toMatchObject({ code: "closed", letter: "F", reason: "expired" });
    expect(decodePockytCode("000023")).toMatchObject({ code: "000023", letter: "E" });
  });
});
