import { describe, expect, it } from "vitest";
import { containsCardData } from "@paylens/domain/card";
import { createLogger } from "./logger.ts";

describe("the server log", () => {
  it("redacts card numbers and security codes in messages, URLs, objects and errors", () => {
    const lines: string[] = [];
    const log = createLogger("info", (line) => lines.push(line));
    log.info("customer read 4111 1111 1111 1111 over the phone, cvc2 7391");
    log.info(
      { req: { url: "/webhooks/begateway/4111%201111%201111%201111?pan=5555-5555-5555-4444" } },
      "incoming request",
    );
    log.warn(
      { body: { card: { number: "4012888888881881", cardCvv: "7391", list: [{ securityCode: 7391 }] } } },
      "odd body",
    );
    log.error({ err: new Error("insert failed for 4111.1111.1111.1111") }, "tRPC error");
    expect(lines).toHaveLength(4);
    const all = lines.join("");
    expect(all).not.toContain("7391");
    for (const line of lines) expect(containsCardData(line), line).toBe(false);
    expect(all).toContain("411111******1111");
    expect(all).toContain("insert failed for");
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });
});
