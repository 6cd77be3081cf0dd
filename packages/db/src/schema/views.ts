import { integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";

/** Saved transaction views: a query, its sort and the table's layout. `owner` stays null until sign-in exists. */
export const savedViews = pgTable(
  "saved_views",
  {
    id: uuid().primaryKey().defaultRandom(),
    owner: text(),
    name: text().notNull(),
    query: text().notNull(),
    sort: text().notNull(),
    dir: text().notNull(),
    columns: jsonb().$type<string[]>().notNull(),
    pageSize: integer().notNull(),
    density: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  // One view per name and owner; NULLS NOT DISTINCT keeps that true for the ownerless views of today.
  (t) => [unique("saved_views_owner_name").on(t.owner, t.name).nullsNotDistinct()],
);
