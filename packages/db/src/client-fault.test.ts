import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientFaultOf } from "./client-fault.ts";
import { createTestDb } from "./test-db.ts";

describe("clientFaultOf", () => {
  let database: Awaited<ReturnType<typeof createTestDb>>;
  beforeAll(async () => {
    database = await createTestDb();
  }, 60_000);
  afterAll(() => database.close());

  const refusal = async (query: ReturnType<typeof sql>) => {
    try {
      await database.db.execute(query);
    } catch (error) {
      return error;
    }
    throw new Error("the query was expected to fail");
  };

  it("names the database's data refusals in words, without SQL, on this engine", async () => {
    expect(clientFaultOf(await refusal(sql`select ${"99999999999999999999"}::bigint`))).toBe(
      "a number is out of range",
    );
    expect(clientFaultOf(await refusal(sql`select ${"not-a-uuid"}::uuid`))).toBe(
      "a value is not in the expected format",
    );
    // A real table: on PostgreSQL each statement may take another pooled connection, which a temporary table would not reach.
    await database.db.execute(sql`create table fault_probe (code varchar(2) not null unique)`);
    expect(clientFaultOf(await refusal(sql`insert into fault_probe values (${"abcd"})`))).toBe("a value is too long");
    expect(clientFaultOf(await refusal(sql`insert into fault_probe values (null)`))).toBe(
      "a required value is missing",
    );
    await database.db.execute(sql`insert into fault_probe values ('ok')`);
    expect(clientFaultOf(await refusal(sql`insert into fault_probe values ('ok')`))).toBe("that already exists");
    expect(clientFaultOf(await refusal(sql`select ${"a\u0000b"}::text`))).toMatch(
      /invalid character|malformed|expected format/,
    );
  });

  it("leaves the server's own failures alone", async () => {
    expect(clientFaultOf(await refusal(sql`select * from no_such_table`))).toBeNull();
    expect(clientFaultOf(new Error("connection refused"))).toBeNull();
    expect(clientFaultOf(null)).toBeNull();
  });

  it("looks through wrapped errors", () => {
    expect(
      clientFaultOf(
        new Error("Failed query: insert …", {
          cause: Object.assign(new Error("duplicate key value violates unique constraint"), { code: "23505" }),
        }),
      ),
    ).toBe("that already exists");
  });
});
