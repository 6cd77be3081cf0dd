// The append-only audit log: who did what, when, from where, before and after.
import { and, desc, eq, gte, ilike, inArray, like, lt, not, or, sql, type SQL } from "drizzle-orm";
import { SECURITY_ACTIONS, SECURITY_PREFIXES } from "@paylens/domain/roles";
import type { Db } from "../client.ts";
import { auditLog } from "../schema/actions.ts";

export interface AuditEntry {
  actor: string | null;
  actorName: string;
  role: string | null;
  ip: string | null;
  action: string;
  transactionId?: string | null;
  subject?: string | null;
  before?: unknown;
  after?: unknown;
}

type Writer = Pick<Db, "insert">;

export async function recordAudit(db: Writer, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actor: entry.actor,
    actorName: entry.actorName,
    role: entry.role,
    ip: entry.ip,
    action: entry.action,
    transactionId: entry.transactionId ?? null,
    subject: entry.subject ?? null,
    before: toJson(entry.before),
    after: toJson(entry.after),
  });
}

// bigint money has no JSON form: store it as a string of minor units.
function toJson(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v)));
}

export interface AuditFilter {
  actor?: string | undefined;
  action?: string | undefined;
  transactionId?: string | undefined;
  text?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** Leave out sign-ins and user or token changes (for roles without "admin"). */
  withoutSecurity?: boolean | undefined;
}

export async function listAudit(db: Db, filter: AuditFilter, limit: number, beforeId: bigint | null) {
  const where: SQL[] = [];
  if (filter.actor)
    where.push(or(eq(auditLog.actor, filter.actor), ilike(auditLog.actorName, `%${escapeLike(filter.actor)}%`)) as SQL);
  if (filter.action) where.push(ilike(auditLog.action, `${escapeLike(filter.action)}%`));
  if (filter.transactionId) where.push(eq(auditLog.transactionId, filter.transactionId));
  if (filter.text)
    where.push(
      sql`(${auditLog.subject} ilike ${`%${escapeLike(filter.text)}%`} or ${auditLog.after}::text ilike ${`%${escapeLike(filter.text)}%`})`,
    );
  if (filter.from) where.push(gte(auditLog.at, filter.from));
  if (filter.to) where.push(lt(auditLog.at, filter.to));
  if (filter.withoutSecurity)
    where.push(
      not(
        or(
          inArray(auditLog.action, [...SECURITY_ACTIONS]),
          ...SECURITY_PREFIXES.map((p) => like(auditLog.action, `${p}%`)),
        ) as SQL,
      ),
    );
  if (beforeId !== null) where.push(lt(auditLog.id, beforeId));
  const rows = await db
    .select()
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? String(items.at(-1)?.id ?? "") : null };
}

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);
