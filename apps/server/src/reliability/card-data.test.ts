// PCI DSS requirement 3, tested the way an assessor would: card numbers (plain, spaced, dashed, dotted) and security
// codes (several names, nested, in free text) go into every text field of a signed webhook of each provider, a note,
// a report upload and URLs; then the database files (PGlite's WAL included; every table on PostgreSQL), the log, the
// API's answers, the CSV export and /metrics are scanned: no full card number, no security code.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { migrate } from "@paylens/db/migrate";
import { createApiToken } from "@paylens/db/queries/access";
import { spawnServer } from "./server-process.ts";
import { serverStore } from "./server-store.ts";
import { webhookForge } from "@paylens/providers/test-webhook-forge";

const PANS = [
  "4111 1111 1111 1111",
  "5555-5555-5555-4444",
  "4012.8888.8888.1881",
  "378282246310005",
  "6011111111111117",
];
const CVV = "7391";
// Every way the five numbers could be written down, and the code standing alone (a uuid's hex "7391" is not it).
const PAN_FORMS = PANS.flatMap((pan) => {
  const digits = pan.replace(/\D/g, "");
  return [digits, pan, digits.replace(/(\d{4})(?=\d)/g, "$1 "), digits.replace(/(\d{4})(?=\d)/g, "$1-")];
});
const CVV_ALONE = new RegExp(`(?<![0-9A-Za-z])${CVV}(?![0-9A-Za-z])`);

function leaks(text: string): string[] {
  const found = PAN_FORMS.filter((form) => text.includes(form));
  const cvv = CVV_ALONE.exec(text);
  if (cvv) found.push(`${CVV} in …${text.slice(Math.max(0, cvv.index - 60), cvv.index + 10)}`);
  return found;
}

/** Every file under a folder, as bytes read as text. */
function filesUnder(dir: string): Array<[string, string]> {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? filesUnder(path)
      : [[path, readFileSync(path).toString("latin1")] as [string, string]];
  });
}

describe("no card data at rest, in logs, answers, exports or metrics", () => {
  let store: Awaited<ReturnType<typeof serverStore>> | null = null;
  afterAll(() => store?.close());

  it("keeps none of what a provider, a merchant or an attacker sent", async () => {
    store = await serverStore("card");
    const forge = webhookForge("card");
    const accountsFile = join(store.dir, "accounts.json");
    writeFileSync(
      accountsFile,
      JSON.stringify(forge.accounts.map(({ account, credentials }) => ({ ...account, credentials }))),
    );
    // An admin API token, written before the server starts (PGlite opens in one process at a time).
    const token = await store.read(async (database) => {
      await migrate(database);
      return (await createApiToken(database.db, { name: "assessor", role: "admin", createdBy: null })).token;
    });
    const server = await spawnServer({
      ...store.env,
      PAYLENS_ACCOUNTS_FILE: accountsFile,
      PAYLENS_POLL_FIRST_DELAY_MS: "3600000",
      LOG_LEVEL: "debug",
    });
    const auth = { authorization: `Bearer ${token}` };
    const [spaced, dashed, dotted, amex, discover] = PANS as [string, string, string, string, string];
    const answers: string[] = [];
    try {
      const webhooks = [
        forge.begateway("card-bg-1", "successful", {
          description: `order for ${spaced}`,
          payment_method: {
            payment_method_type: "credit_card",
            holder: dashed,
            brand: "visa",
            last_4: "1111",
            bin: "411111",
            cvc2: CVV,
          },
          customer: { first_name: dotted, last_name: `cvc2 ${CVV}`, email: "a@example.com" },
          additional_data: {
            note: `card ${amex} cvv ${CVV}`,
            items: [{ securityCode: CVV, card_security_code: Number(CVV) }],
            raw: `{"csc":"${CVV}"}`,
          },
          credit_card: { number: discover, verification_value: CVV },
        }),
        forge.antom("card-an-1", {
          paymentResultInfo: { cardNo: spaced, cardCvv: CVV, cardholderName: dashed, funding: "CREDIT" },
          note: `customer read ${dotted} and CSC ${CVV}`,
          list: [[{ csc: CVV }], amex],
        }),
        forge.pockyt("card-pk-1", {
          note: `${dashed} cvc2 ${CVV}`,
          description: spaced,
          securityCode: CVV,
          customerName: dotted,
        }),
      ];
      for (const webhook of webhooks) {
        const reply = await fetch(`${server.url}${webhook.path}`, {
          method: "POST",
          body: webhook.body,
          headers: webhook.headers,
        });
        expect(reply.status, `${webhook.provider}: ${await reply.clone().text()}`).toBe(200);
      }
      // Card numbers in URLs: a path, a query string, percent-encoded.
      for (const url of [
        `/webhooks/begateway/${discover}`,
        `/webhooks/pockyt/card-pockyt?pan=${encodeURIComponent(spaced as string)}&cvv=${CVV}`,
        `/export/transactions.csv?q=${encodeURIComponent(dashed as string)}`,
      ]) {
        const reply = await fetch(`${server.url}${url}`, {
          method: url.startsWith("/export") ? "GET" : "POST",
          headers: { ...auth, "content-type": "application/json" },
          body: url.startsWith("/export") ? null : "{}",
        });
        expect(reply.status).toBeLessThan(500);
        answers.push(await reply.text());
      }

      const trpc = async (path: string, input: unknown, method: "GET" | "POST" = "GET") => {
        const payload = JSON.stringify({ json: input });
        const reply = await fetch(
          `${server.url}/trpc/${path}${method === "GET" ? `?input=${encodeURIComponent(payload)}` : ""}`,
          {
            method,
            headers: { ...auth, "content-type": "application/json" },
            ...(method === "POST" ? { body: payload } : {}),
          },
        );
        const text = await reply.text();
        answers.push(text);
        expect(reply.status, `${path}: ${text}`).toBeLessThan(500);
        return JSON.parse(text) as { result?: { data: { json: unknown } } };
      };
      // Applied by the inbox worker: all three transactions appear.
      let items: Array<{ id: string }> = [];
      for (let i = 0; i < 60 && items.length < 3; i++) {
        items = ((await trpc("transactions.search", { q: "" })).result?.data.json as { items: Array<{ id: string }> })
          .items;
        if (items.length < 3) await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(items).toHaveLength(3);
      for (const { id } of items) await trpc("transactions.byId", { id });
      await trpc("notes.add", { transactionId: items[0]?.id, text: `customer says ${spaced}, cvc2 ${CVV}` }, "POST");
      await trpc("notes.list", { transactionId: items[0]?.id });
      await trpc(
        "finance.uploadReport",
        {
          accountId: "card-begateway",
          fileName: `report ${dashed}.json`,
          content: JSON.stringify({ transactions: [{ uid: "card-bg-1", description: dotted, cvc: CVV }] }),
          timeZone: "UTC",
        },
        "POST",
      );
      await trpc("audit.list", {});
      await trpc("webhooks.list", {});
      const inbox = (await trpc("webhooks.list", {})).result?.data.json as { items: Array<{ id: bigint | string }> };
      for (const message of inbox.items.slice(0, 10)) await trpc("webhooks.byId", { id: String(message.id) });
      answers.push(await (await fetch(`${server.url}/export/transactions.csv?q=`, { headers: auth })).text());
      answers.push(await (await fetch(`${server.url}/metrics`)).text());
    } finally {
      await server.stop("SIGTERM");
    }

    // The answers were real: the CSV has the three rows, the masked numbers are there where they belong.
    expect(answers.join("\n")).toContain("order for 411111******1111");
    expect(answers.flatMap(leaks)).toEqual([]);
    const log = server.output();
    expect(log).toContain('"msg":"request"');
    expect(leaks(log)).toEqual([]);

    if (store.env["DATABASE_URL"]) {
      await store.read(async (database) => {
        const tables = await database.db.execute<{ name: string }>(
          sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
        );
        const found: string[] = [];
        for (const { name } of tables.rows) {
          const dump = await database.db.execute<{ row: string }>(
            sql`select t::text as row from ${sql.identifier(name)} t`,
          );
          for (const { row } of dump.rows) for (const leak of leaks(row)) found.push(`${name}: ${leak}`);
        }
        expect(found).toEqual([]);
      });
    } else {
      const files = filesUnder(join(store.dir, "pglite"));
      expect(files.some(([path]) => path.includes("pg_wal"))).toBe(true);
      // The scan reads what was written: the masked number is in the files, the full one nowhere.
      expect(files.some(([, text]) => text.includes("411111******1111"))).toBe(true);
      expect(files.flatMap(([path, text]) => leaks(text).map((leak) => `${path}: ${leak}`))).toEqual([]);
    }
  }, 150_000);
});
