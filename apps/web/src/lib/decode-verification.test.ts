import { describe, expect, it } from "vitest";
import { i18n } from "../i18n/index.ts";
import {
  allVerificationWords,
  decodeAvs,
  decodeCvc,
  decodeEci,
  decodeThreeDsResult,
  decodeThreeDsStatus,
  verificationWordKey,
} from "./decode-verification.ts";

describe("verification words", () => {
  it("has catalogue words for every result of every table and provider", () => {
    const words = allVerificationWords();
    expect(words).toContain("AVS not checked"); // a provider's addition
    expect(words.filter((english) => !i18n.exists(verificationWordKey(english)))).toEqual([]);
  });
});

describe("decodeAvs", () => {
  it("decodes beGateway's letters", () => {
    expect(decodeAvs("M")).toEqual({ code: "M", label: "Address and postal code match", tone: "good" });
    expect(decodeAvs("N")?.tone).toBe("bad");
    expect(decodeAvs("B")?.label).toBe("Address matches, postal code not verified");
    expect(decodeAvs("P")?.label).toBe("Postal code matches, address not verified");
    expect(decodeAvs("U")?.tone).toBe("neutral");
    expect(decodeAvs("E")?.label).toBe("AVS error");
    expect(decodeAvs("0")?.label).toBe("AVS not supported");
    expect(decodeAvs("1")?.label).toBe("AVS not checked");
    // A provider's own additions (its definition) hold for its transactions only.
    expect(decodeAvs("0", "begateway")?.label).toBe("AVS not supported");
    expect(decodeAvs("0", "antom")?.label).toBe("Unknown result code");
    expect(decodeCvc("1", "pockyt")?.label).toBe("Unknown result code");
  });

  it("decodes scheme letters case-insensitively", () => {
    expect(decodeAvs("y")?.tone).toBe("good");
    expect(decodeAvs("Z")?.label).toBe("Postal code matches, address does not");
  });

  it("keeps an unknown code visible and ignores empty values", () => {
    expect(decodeAvs("Q")).toEqual({ code: "Q", label: "Unknown result code", tone: "neutral" });
    expect(decodeAvs(null)).toBeNull();
    expect(decodeAvs("  ")).toBeNull();
  });
});

describe("decodeCvc", () => {
  it("decodes match, mismatch, unavailable and error", () => {
    expect(decodeCvc("M")?.label).toBe("CVC matches");
    expect(decodeCvc("N")?.tone).toBe("bad");
    expect(decodeCvc("U")?.label).toBe("Issuer does not support CVC");
    expect(decodeCvc("E")?.tone).toBe("bad");
    expect(decodeCvc("0")?.label).toBe("CVC check not supported");
  });
});

describe("3-D Secure", () => {
  it("decodes the transStatus letter", () => {
    expect(decodeThreeDsResult("Y")?.label).toBe("Authenticated");
    expect(decodeThreeDsResult("A")?.tone).toBe("good");
    expect(decodeThreeDsResult("R")?.tone).toBe("bad");
    expect(decodeThreeDsResult("U")?.tone).toBe("warn");
  });

  it("decodes ECI for both numbering schemes", () => {
    expect(decodeEci("05")?.tone).toBe("good");
    expect(decodeEci("2")?.label).toBe("Fully authenticated, liability shift");
    expect(decodeEci("07")?.tone).toBe("bad");
    expect(decodeEci("01")?.tone).toBe("warn");
  });

  it("decodes the verification status", () => {
    expect(decodeThreeDsStatus("Successful")?.tone).toBe("good");
    expect(decodeThreeDsStatus("failed")?.tone).toBe("bad");
  });
});
