// Where alerts go (alert_channels, migration 0015) and which rules are muted. A channel's secret — the Standard
// Webhooks key, the Slack URL, the SMTP password — is read in full only by the delivery worker; everything else sees a hint.
import { sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { stamp } from "./analytics-filters.ts";

export const CHANNEL_KINDS = ["webhook", "slack", "email"] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** Not secret: a webhook's URL; an SMTP server, its user and the addresses. */
export type ChannelTarget = Record<string, string | number | boolean>;

export interface ChannelRow {
  id: string;
  kind: ChannelKind;
  name: string;
  target: ChannelTarget;
  /** Enough of the secret to recognise it, never enough to use it. */
  secretHint: string | null;
  rules: string[];
  enabled: boolean;
  source: "settings" | "environment";
  createdAt: Date;
  updatedAt: Date;
}

export interface ChannelWithSecret extends ChannelRow {
  secret: string | null;
}

type ChannelDbRow = {
  id: string;
  kind: ChannelKind;
  name: string;
  target: ChannelTarget | string;
  secret: string | null;
  rules: string[] | string;
  enabled: boolean;
  source: "settings" | "environment";
  created_at: string | Date;
  updated_at: string | Date;
};

/** A Slack URL keeps its host, a whsec_ key its prefix; both their last 4 characters. A password shows only that it is set. */
export function secretHint(kind: ChannelKind, secret: string | null): string | null {
  if (!secret) return null;
  const tail = secret.length >= 16 ? secret.slice(-4) : "";
  if (kind === "email") return "••••••••";
  if (kind === "slack") {
    const host = /^https?:\/\/[^/]+/.exec(secret)?.[0] ?? "";
    return `${host}/…${tail}`;
  }
  return `${secret.startsWith("whsec_") ? "whsec_" : ""}…${tail}`;
}

// PGlite and node-postgres both parse text[]; a string form appears only on odd drivers, parsed as a literal.
const rulesOf = (raw: string[] | string) =>
  Array.isArray(raw)
    ? raw
    : raw
        .replace(/^\{|\}$/g, "")
        .split(",")
        .filter(Boolean);

function toChannel(row: ChannelDbRow): ChannelWithSecret {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    target: typeof row.target === "string" ? (JSON.parse(row.target) as ChannelTarget) : row.target,
    secret: row.secret,
    secretHint: secretHint(row.kind, row.secret),
    rules: rulesOf(row.rules),
    enabled: row.enabled,
    source: row.source,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

/** Without the secret: what the API and the audit see. */
export function withoutSecret(channel: ChannelWithSecret): ChannelRow {
  const { secret: _secret, ...shown } = channel;
  return shown;
}

const COLUMNS = sql`id, kind, name, target, secret, rules, enabled, source, created_at, updated_at`;

export async function listChannels(db: Db): Promise<ChannelRow[]> {
  const result = await db.execute<ChannelDbRow>(
    sql`select ${COLUMNS} from alert_channels order by source desc, created_at, id`,
  );
  return result.rows.map((row) => withoutSecret(toChannel(row)));
}

export async function channelById(db: Pick<Db, "execute">, id: string): Promise<ChannelWithSecret | null> {
  const result = await db.execute<ChannelDbRow>(sql`select ${COLUMNS} from alert_channels where id = ${id}`);
  return result.rows[0] ? toChannel(result.rows[0]) : null;
}

export interface NewChannel {
  /** Made by the form when it opened: a second submit finds the first row instead of adding another. */
  id: string;
  kind: ChannelKind;
  name: string;
  target: ChannelTarget;
  secret: string | null;
  rules: string[];
  createdBy: string | null;
}

/** Adds a channel once per id; `created` says whether this call added it. */
export async function createChannel(
  db: Db,
  channel: NewChannel,
): Promise<{ channel: ChannelWithSecret; created: boolean }> {
  const inserted = await db.execute<ChannelDbRow>(sql`
    insert into alert_channels (id, kind, name, target, secret, rules, created_by)
    values (${channel.id}, ${channel.kind}, ${channel.name}, ${JSON.stringify(channel.target)}::jsonb, ${channel.secret},
      ${`{${channel.rules.join(",")}}`}::text[], ${channel.createdBy})
    on conflict (id) do nothing returning ${COLUMNS}`);
  if (inserted.rows[0]) return { channel: toChannel(inserted.rows[0]), created: true };
  const existing = await channelById(db, channel.id);
  if (!existing) throw new Error("channel neither inserted nor found");
  return { channel: existing, created: false };
}

export interface ChannelChange {
  name?: string | undefined;
  target?: ChannelTarget | undefined;
  /** Undefined keeps the stored secret (the form never has it back). */
  secret?: string | undefined;
  rules?: string[] | undefined;
  enabled?: boolean | undefined;
}

/** Changes a channel set up in Settings; the environment's channel changes only by its variables. */
export async function updateChannel(db: Db, id: string, change: ChannelChange): Promise<ChannelWithSecret | null> {
  const sets = [sql`updated_at = now()`];
  if (change.name !== undefined) sets.push(sql`name = ${change.name}`);
  if (change.target !== undefined) sets.push(sql`target = ${JSON.stringify(change.target)}::jsonb`);
  if (change.secret !== undefined) sets.push(sql`secret = ${change.secret}`);
  if (change.rules !== undefined) sets.push(sql`rules = ${`{${change.rules.join(",")}}`}::text[]`);
  if (change.enabled !== undefined) sets.push(sql`enabled = ${change.enabled}`);
  const result = await db.execute<ChannelDbRow>(sql`
    update alert_channels set ${sql.join(sets, sql`, `)} where id = ${id} and source = 'settings' returning ${COLUMNS}`);
  return result.rows[0] ? toChannel(result.rows[0]) : null;
}

/**
 * The channel PAYLENS_ALERT_WEBHOOK_URL and _SECRET describe, kept as one row so deliveries can name it; without the URL
 * the row (if an earlier start made it) is disabled, not deleted, since its deliveries refer to it.
 */
export async function syncEnvironmentChannel(
  db: Db,
  webhook: { url: string; secret: string | null } | null,
): Promise<void> {
  if (!webhook) {
    await db.execute(sql`update alert_channels set enabled = false, updated_at = now() where source = 'environment'`);
    return;
  }
  await db.execute(sql`
    insert into alert_channels (kind, name, target, secret, source)
    values ('webhook', 'PAYLENS_ALERT_WEBHOOK_URL', ${JSON.stringify({ url: webhook.url })}::jsonb, ${webhook.secret}, 'environment')
    on conflict (source) where source = 'environment'
    do update set target = excluded.target, secret = excluded.secret, enabled = true, updated_at = now()`);
}

export interface MuteRow {
  rule: string;
  /** '*' mutes the whole rule. */
  segment: string;
  until: Date;
  mutedBy: string;
}

export async function muteAlerts(db: Db, mute: MuteRow): Promise<void> {
  await db.execute(sql`
    insert into alert_mutes (rule, segment, until, muted_by) values (${mute.rule}, ${mute.segment}, ${stamp(mute.until)}, ${mute.mutedBy})
    on conflict (rule, segment) do update set until = excluded.until, muted_by = excluded.muted_by, created_at = now()`);
}

export async function unmuteAlerts(db: Db, rule: string, segment: string): Promise<boolean> {
  const result = await db.execute(
    sql`delete from alert_mutes where rule = ${rule} and segment = ${segment} returning rule`,
  );
  return result.rows.length > 0;
}

export async function listMutes(db: Db, now: Date): Promise<MuteRow[]> {
  const result = await db.execute<{ rule: string; segment: string; until: string | Date; muted_by: string }>(sql`
    select rule, segment, until, muted_by from alert_mutes where until > ${stamp(now)} order by rule, segment`);
  return result.rows.map((row) => ({
    rule: row.rule,
    segment: row.segment,
    until: new Date(row.until),
    mutedBy: row.muted_by,
  }));
}
