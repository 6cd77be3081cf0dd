import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { containsCardData } from "@paylens/domain/card";
import { createLogger } from "./logger.ts";
import { RequestLog } from "./routes/request-log.ts";

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

describe("the server log in a terminal", () => {
  it("prints readable lines, card data redacted before they are formatted", () => {
    const lines: string[] = [];
    const log = createLogger("info", (line) => lines.push(line), "pretty");
    log.info({ url: "/webhooks/begateway/4111%201111%201111%201111" }, "refund of 4012888888881881 queued, cvv 7391");
    expect(lines).toHaveLength(1);
    const [line = ""] = lines;
    expect(() => JSON.parse(line)).toThrow();
    expect(line).toContain("INFO");
    expect(line).toContain("refund of 401288******1881 queued");
    expect(line).not.toContain("7391");
    expect(containsCardData(line), line).toBe(false);
  });
});

describe("request lines", () => {
  const serve = async (level: string) => {
    const lines: string[] = [];
    const app = Fastify({
      loggerInstance: createLogger(level, (line) => lines.push(line)),
      logController: new RequestLog(),
    });
    app.get("/healthz", async () => ({ ok: true }));
    await app.inject({ method: "GET", url: "/healthz?card=4111111111111111" });
    await app.close();
    return lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line["msg"] === "request");
  };

  it("are one debug line per request, hidden at the default info level", async () => {
    expect(await serve("info")).toEqual([]);
    const [line, ...rest] = await serve("debug");
    expect(rest).toEqual([]);
    expect(line).toMatchObject({
      level: 20,
      method: "GET",
      url: "/healthz?card=411111******1111",
      statusCode: 200,
    });
    expect(line?.["ms"]).toEqual(expect.any(Number));
  });
});
