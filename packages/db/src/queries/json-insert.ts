// Multi-row inserts for hot paths (the webhook inbox, applying batches) with the rows as one JSON parameter: binding a
// parameter per value of every row cost the server more CPU than the database spent inserting them.
import { getTableColumns, sql, type SQL } from "drizzle-orm";
import { toSnakeCase } from "drizzle-orm/casing";
import type { PgTable } from "drizzle-orm/pg-core";

/** JSON-safe: bigint as text (exact), dates as ISO; jsonb_populate_recordset reads both back into their columns. */
export const jsonValue = (value: unknown) =>
  typeof value === "bigint" ? value.toString() : value instanceof Date ? value.toISOString() : value;

/** INSERT INTO table (the first row's columns) from a JSON array of rows; every row has the keys of the first. */
export function insertJson(table: PgTable, rows: Record<string, unknown>[]): SQL {
  const tableColumns = getTableColumns(table);
  const keys = Object.keys(rows[0] ?? {});
  const names = keys.map((key) => toSnakeCase((tableColumns[key] as { name: string }).name));
  const list = sql.raw(names.map((name) => `"${name}"`).join(", "));
  const json = JSON.stringify(
    rows.map((row) => Object.fromEntries(keys.map((key, i) => [names[i], jsonValue(row[key])]))),
  );
  return sql`insert into ${table} (${list}) select ${list} from jsonb_populate_recordset(null::${table}, ${json}::jsonb)`;
}
