// Sends one notice to one channel: a generic webhook signed by the Standard Webhooks scheme, a Slack incoming webhook,
// or an e-mail over SMTP. Throws a DeliveryRefused whose message says why, with the channel's secret never in it.
import { randomUUID } from "node:crypto";
import nodemailer from "nodemailer";
import { Webhook } from "standardwebhooks";
import type { ChannelKind, ChannelTarget } from "@paylens/db/queries/alert-channels";
import type { Language } from "@paylens/domain/languages";
import { type AlertNotice, noticeHeadline, testNotice } from "./notice.ts";
import { noticeTexts, ruleTitle } from "./notice-texts/index.ts";

export interface SendableChannel {
  kind: ChannelKind;
  target: ChannelTarget;
  secret: string | null;
}

export class DeliveryRefused extends Error {}

const TIMEOUT_MS = 10_000;

/** Why a request failed, in words a person can act on, without the URL (a Slack URL is the secret). */
function networkReason(error: unknown): string {
  if (error instanceof Error && error.name === "TimeoutError") return `no answer within ${TIMEOUT_MS / 1000} s`;
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return cause?.code ? `could not connect (${cause.code})` : "could not connect";
}

async function post(url: string, body: string, headers: Record<string, string>): Promise<void> {
  let answer: Response;
  try {
    answer = await fetch(url, {
      method: "POST",
      body,
      headers: { "content-type": "application/json", ...headers },
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: "error",
    });
  } catch (error) {
    throw new DeliveryRefused(networkReason(error));
  }
  const text = (await answer.text().catch(() => "")).slice(0, 200);
  if (!answer.ok) throw new DeliveryRefused(`HTTP ${answer.status}${text ? `: ${text}` : ""}`);
}

/**
 * `messageId` stays the same across retries, so the receiver can drop a second copy (webhook-id). `language` is
 * what people read (Slack, e-mail: PAYLENS_ALERT_LANGUAGE); the signed webhook's JSON is for programs and stays as is.
 */
export async function sendNotice(
  channel: SendableChannel,
  notice: AlertNotice,
  messageId: string,
  language: Language = "en",
): Promise<void> {
  if (channel.kind === "webhook") return postSigned(channel, JSON.stringify(notice), messageId);
  const words = noticeTexts(language);
  if (channel.kind === "slack")
    return postSlack(channel, `${noticeHeadline(notice, language)}\n<${notice.data.url}|${words.open}>`);
  const figures = Object.entries(notice.data.figures)
    .map(([name, value]) => `  ${name}: ${value}`)
    .join("\n");
  await sendMail(channel, {
    subject: noticeHeadline(notice, language),
    text:
      `${notice.data.message}\n\n${words.rule}: ${ruleTitle(words, notice.data.rule)} (${notice.data.rule})\n` +
      `${words.segment}: ${notice.data.segment}\n${words.started}: ${notice.data.startedAt}\n` +
      `${notice.data.endedAt ? `${words.ended}: ${notice.data.endedAt}\n` : ""}` +
      `${figures ? `${words.figures}:\n${figures}\n` : ""}\n${words.open}: ${notice.data.url}\n`,
  });
}

/** A JSON body to a generic webhook, signed by the Standard Webhooks scheme with the channel's whsec_ key. */
export async function postSigned(channel: SendableChannel, body: string, messageId: string): Promise<void> {
  const url = String(channel.target.url ?? "");
  if (!channel.secret) throw new DeliveryRefused("the channel has no signing secret");
  const at = new Date();
  const signature = new Webhook(channel.secret).sign(messageId, at, body);
  await post(url, body, {
    "webhook-id": messageId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": signature,
  });
}

/** A text to a Slack incoming webhook (its URL is the channel's secret); such a webhook takes no files. */
export async function postSlack(channel: SendableChannel, text: string): Promise<void> {
  if (!channel.secret) throw new DeliveryRefused("the channel has no Slack webhook URL");
  await post(channel.secret, JSON.stringify({ text }), {});
}

export interface MailContent {
  subject: string;
  text: string;
  attachments?: { filename: string; content: string; contentType: string }[];
}

/** A mail over the channel's SMTP server to its addresses. */
export async function sendMail(channel: SendableChannel, mail: MailContent): Promise<void> {
  const { host, port, secure, user, from, to } = channel.target;
  const transport = nodemailer.createTransport({
    host: String(host),
    port: Number(port),
    secure: secure === true,
    ...(user ? { auth: { user: String(user), pass: channel.secret ?? "" } } : {}),
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
  });
  try {
    await transport.sendMail({ from: String(from), to: String(to), ...mail });
  } catch (error) {
    const smtp = error as { code?: string; responseCode?: number; response?: string };
    const reason = smtp.response ?? smtp.code ?? "the SMTP server refused the message";
    throw new DeliveryRefused(
      `SMTP: ${String(reason)
        .replaceAll(channel.secret ?? "\u0000", "***")
        .slice(0, 200)}`,
    );
  } finally {
    transport.close();
  }
}

/** Settings' "Send a test": the same path as an alert, answered with the reason instead of retried. */
export async function sendTestNotice(
  channel: SendableChannel,
  consoleUrl: string,
  language: Language = "en",
): Promise<{ ok: true } | { ok: false; error: string }> {
  try {
    await sendNotice(channel, testNotice(consoleUrl, new Date(), language), `msg_test_${randomUUID()}`, language);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof DeliveryRefused ? error.message : "unexpected error while sending" };
  }
}
