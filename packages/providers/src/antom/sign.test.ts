import { generateKeyPairSync, sign as rawSign, verify as rawVerify } from "node:crypto";
import { describe, expect, it } from "vitest";
import { publicKey } from "../http-auth.ts";
import {
  apiPath,
  contentToSign,
  headerValue,
  privateKey,
  signatureFromHeader,
  signatureHeader,
  signContent,
  verifyContent,
} from "./sign.ts";

const merchant = generateKeyPairSync("rsa", { modulusLength: 2048 });
const other = generateKeyPairSync("rsa", { modulusLength: 2048 });
const body = '{"env":{"terminalType":"WEB"},"paymentRequestId":"pr-0001"}';
const content = { path: "/ams/api/v1/payments/pay", clientId: "SANDBOX_5X00000000000000", time: "1685599933871", body };
const LITERAL =
  'POST /ams/api/v1/payments/pay\nSANDBOX_5X00000000000000.1685599933871.{"env":{"terminalType":"WEB"},"paymentRequestId":"pr-0001"}';

describe("Antom signatures", () => {
  it("signs exactly 'POST <path>\\n<client-id>.<time>.<body>'", () => {
    expect(contentToSign(content)).toBe(LITERAL);
    // RSA PKCS#1 v1.5 is deterministic: the same key over the literal text gives the same bytes.
    const expected = rawSign("sha256", Buffer.from(LITERAL, "utf8"), merchant.privateKey).toString("base64");
    expect(signContent(content, merchant.privateKey)).toBe(expected);
    expect(rawVerify("sha256", Buffer.from(LITERAL), merchant.publicKey, Buffer.from(expected, "base64"))).toBe(true);
  });

  it("puts the URL-encoded base64 in the header, without spaces, as the SDKs do", () => {
    const signature = signContent(content, merchant.privateKey);
    const header = signatureHeader(signature);
    expect(header).toMatch(/^algorithm=RSA256,keyVersion=1,signature=[A-Za-z0-9%]+$/);
    expect(header).not.toMatch(/[+/=]$/);
    expect(signatureFromHeader(header)).toBe(signature);
  });

  it("verifies its own signature and fails when body, path, time, client id or key change", () => {
    const header = signatureHeader(signContent(content, merchant.privateKey));
    expect(verifyContent(content, header, merchant.publicKey)).toBe(true);
    expect(verifyContent({ ...content, body: body.replace("0001", "0002") }, header, merchant.publicKey)).toBe(false);
    expect(verifyContent({ ...content, path: "/ams/sandbox/api/v1/payments/pay" }, header, merchant.publicKey)).toBe(
      false,
    );
    expect(verifyContent({ ...content, time: "1685599933872" }, header, merchant.publicKey)).toBe(false);
    expect(verifyContent({ ...content, clientId: "SANDBOX_OTHER" }, header, merchant.publicKey)).toBe(false);
    expect(verifyContent(content, header, other.publicKey)).toBe(false);
    expect(verifyContent({ ...content, body: body.replace("\n", "\r\n") + " " }, header, merchant.publicKey)).toBe(
      false,
    );
  });

  it("reads the signature after 'signature=' in the docs' spaced form, raw base64, or not at all", () => {
    const signature = signContent(content, merchant.privateKey);
    const spaced = `algorithm=RSA256, keyVersion=1, signature=${encodeURIComponent(signature)}`;
    expect(verifyContent(content, spaced, merchant.publicKey)).toBe(true);
    expect(verifyContent(content, `algorithm=RSA256,keyVersion=1,signature=${signature}`, merchant.publicKey)).toBe(
      true,
    );
    expect(signatureFromHeader("algorithm=RSA256,keyVersion=1")).toBeNull();
    expect(signatureFromHeader("signature=")).toBeNull();
    expect(verifyContent(content, "signature=%%%", merchant.publicKey)).toBe(false);
    expect(verifyContent(content, undefined, merchant.publicKey)).toBe(false);
  });

  it.each([
    ["PKCS#8 PEM", merchant.privateKey.export({ type: "pkcs8", format: "pem" }).toString()],
    ["PKCS#1 PEM", merchant.privateKey.export({ type: "pkcs1", format: "pem" }).toString()],
    ["bare base64 PKCS#8 (Java)", merchant.privateKey.export({ type: "pkcs8", format: "der" }).toString("base64")],
    [
      "bare base64 PKCS#1 (PHP, Python)",
      merchant.privateKey.export({ type: "pkcs1", format: "der" }).toString("base64"),
    ],
  ])("reads a merchant private key given as %s", (_kind, text) => {
    const header = signatureHeader(signContent(content, privateKey(text)));
    expect(
      verifyContent(
        content,
        header,
        publicKey(merchant.publicKey.export({ type: "spki", format: "der" }).toString("base64")),
      ),
    ).toBe(true);
  });

  it("rewrites the path for SANDBOX_ client ids, as the SDKs do before signing", () => {
    expect(apiPath("SANDBOX_5X00000000000000", "/ams/api/v1/payments/pay")).toBe("/ams/sandbox/api/v1/payments/pay");
    expect(apiPath("5X00000000000000", "/ams/api/v1/payments/pay")).toBe("/ams/api/v1/payments/pay");
  });

  it("finds headers in any case", () => {
    expect(headerValue({ "Response-Time": "t" }, "response-time")).toBe("t");
    expect(headerValue(new Headers({ SIGNATURE: "s" }), "signature")).toBe("s");
    expect(headerValue(null, "signature")).toBeNull();
  });
});
