// Local receivers for delivery tests: an HTTP server that records each request and answers from a list of statuses,
// and an SMTP server in this process that records each mail (with the user it signed in as).
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** Answers each request with the next status of `answers` (200 once they run out). */
export function httpReceiver(answers: number[]): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      received.push({ path: request.url ?? "", headers: request.headers, body });
      response.statusCode = answers.shift() ?? 200;
      response.end(response.statusCode === 200 ? "ok" : "receiver is down");
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received }),
    ),
  );
}

export interface ReceivedMail {
  from: string;
  to: string[];
  user: string | undefined;
  data: string;
}

/** Accepts mail on a free port; with `login`, only from that user and password. */
export async function smtpReceiver(login?: {
  user: string;
  pass: string;
}): Promise<{ smtp: SMTPServer; port: number; mails: ReceivedMail[]; close: () => Promise<void> }> {
  const mails: ReceivedMail[] = [];
  const smtp = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    authOptional: !login,
    onAuth: (auth, _session, callback) =>
      login && auth.username === login.user && auth.password === login.pass
        ? callback(null, { user: auth.username })
        : callback(new Error("bad credentials")),
    onData: (stream, session, callback) => {
      let data = "";
      stream.on("data", (chunk: Buffer) => (data += chunk.toString()));
      stream.on("end", () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          user: typeof session.user === "string" ? session.user : undefined,
          data,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", () => resolve()));
  return {
    smtp,
    port: (smtp.server.address() as AddressInfo).port,
    mails,
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}

/** A mail as a person reads it: headers unfolded, quoted-printable decoded. */
export const readable = (data: string) =>
  data
    .replace(/\r?\n[ \t]+/g, " ")
    .replace(/=\r?\n/g, "")
    .replace(/=3D/g, "=");
