import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ClaimedMessage } from "@paylens/db/queries/inbox";
import { AccountBook } from "../accounts.ts";
import { parseNotification } from "@paylens/providers/connector";
import { connectorFor } from "@paylens/providers/connectors";
import { inboxParser, parseStored } from "./apply-inbox.ts";
import { recentlyParsed } from "./recently-parsed.ts";

// The Java SDK's signed IPN (docs/providers/pockyt.md §3.4), as the providers package keeps it.
const providers = dirname(createRequire(import.meta.url).resolve("@paylens/providers/connector"));
const ipn = readFileSync(join(providers, "pockyt/fixtures/ipn-success.form"), "utf8");
const message = {
  provider: "pockyt",
  accountId: "pockyt-acc",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  rawBody: ipn,
} as unknown as ClaimedMessage;
const book = (baseUrl: string) =>
  new AccountBook([
    {
      account: { id: "pockyt-acc", provider: "pockyt", name: "Pockyt store", baseUrl },
      credentials: { merchantNo: "200043", storeNo: "300014", apiToken: "token" },
      demo: false,
    },
  ]);
const testFlag = (parsed: ReturnType<typeof parseStored>) => ("snapshot" in parsed ? parsed.snapshot.test : null);

describe("inbox parser", () => {
  it("marks a Pockyt IPN as test money when its account talks to a sandbox host, live at the production host", () => {
    expect(testFlag(inboxParser(book("https://mapi.yuansfer.yunkeguan.com"))(message))).toBe(true);
    expect(testFlag(inboxParser(book("http://127.0.0.1:4013"))(message))).toBe(true);
    expect(testFlag(inboxParser(book("https://mapi.yuansfer.com"))(message))).toBe(false);
  });

  it("leaves the flag as the message says for an unknown account", () => {
    expect(testFlag(parseStored(message))).toBe(false);
    expect(testFlag(inboxParser(book("http://127.0.0.1:4013"))({ ...message, accountId: "other" }))).toBe(false);
  });
});

describe("recently parsed notifications", () => {
  const pockyt = connectorFor("pockyt");
  if (!pockyt) throw new Error("no pockyt connector");
  const routeParse = () => parseNotification(pockyt, ipn, message.headers);

  it("hands the route's parse to the worker once, for the same provider and stored body only", () => {
    const recent = recentlyParsed();
    const parsed = routeParse();
    recent.keep("pockyt", ipn, parsed);
    expect(recent.take("antom", ipn)).toBeNull();
    expect(recent.take("pockyt", `${ipn}&x=1`)).toBeNull();
    expect(recent.take("pockyt", ipn)).toBe(parsed);
    expect(recent.take("pockyt", ipn)).toBeNull();
  });

  it("pushes the oldest out past its capacity", () => {
    const recent = recentlyParsed(2);
    for (const body of ["a", "b", "c"]) recent.keep("pockyt", body, routeParse());
    expect(recent.take("pockyt", "a")).toBeNull();
    expect(recent.take("pockyt", "c")).not.toBeNull();
  });

  it("gives the worker what parsing the stored message gives, account rules included", () => {
    const recent = recentlyParsed();
    recent.keep("pockyt", ipn, routeParse());
    const fromRoute = inboxParser(book("http://127.0.0.1:4013"), recent)(message);
    expect(fromRoute).toEqual(inboxParser(book("http://127.0.0.1:4013"))(message));
    expect(testFlag(fromRoute)).toBe(true);
  });
});
