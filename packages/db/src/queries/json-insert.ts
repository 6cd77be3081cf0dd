// Multi-row inserts for hot paths (the webhook inbox, applying batches) with the rows as one JSON parameter: binding a
// parameter per value of every row cost the server more CPU than the database spent inserting them.
import { getTableColumns, sql, type SQL } from "drizzle-orm";
import { toSnakeCase } from "drizzle-orm/casing";
import type { PgTable } from "drizzle-orm/pg-core";

/** JSON-safe: bigint as text (exact), dates as ISO; jsonb_populate_recordset reads both back into their columns. */
export const jsonValue = (value: unknown) =>
  typeof value === "bigint" ? value.toString() : value instanceof Date ? value.toISOString() : value;

// Each table's SQL column names by key, worked out once (the casing and the column lookup ran per batch before).
const columnNames = new WeakMap<PgTable, Map<string, string>>();

function sqlNameOf(table: PgTable, key: string): string {
  let names = columnNames.get(table);
  if (!names) {
    names = new Map(
      Object.entries(getTableColumns(table)).map(([name, column]) => [
        name,
        toSnakeCase((column as { name: string }).name),
      ]),
    );
    columnNames.set(table, names);
  }
  const name = names.get(key);
  if (!name) throw new Error(`no column ${key}`);
  return name;
}

/** The rows in the table's SQL column names as one JSON text, and the column list (the first row's keys). */
export function jsonRows(table: PgTable, rows: Record<string, unknown>[]): { columns: string; json: string } {
  const keys = Object.keys(rows[0] ?? {});
  const names = keys.map((key) => sqlNameOf(table, key));
  const renamed = new Array<Record<string, unknown>>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (let k = 0; k < keys.length; k++) out[names[k] as string] = jsonValue(row[keys[k] as string]);
    renamed[r] = out;
  }
  return { columns: names.map((name) => `"${name}"`).join(", "), json: JSON.stringify(renamed) };
}

/** INSERT INTO table (the first row's columns) from a JSON array of rows; every row has the keys of the first. */
export function insertJson(table: PgTable, rows: Record<string, unknown>[]): SQL {
  const { columns, json } = jsonRows(table, rows);
  const list = sql.raw(columns);
  return sql`insert into ${table} (${list}) select ${list} from jsonb_populate_recordset(null::${table}, ${json}::jsonb)`;
}
