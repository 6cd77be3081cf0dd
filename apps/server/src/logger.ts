// The server's log: pino JSON lines, each passed through the card-data guard as a whole line after serialisation, so
// a card number or a security code in a message, a URL, a header or an error never reaches the terminal or a file.
// In a terminal the guarded line is then printed readably (pino-pretty); anywhere else it stays one JSON object a line.
import { Writable } from "node:stream";
import pino, { type Logger } from "pino";
import { prettyFactory } from "pino-pretty";
import { redactBody } from "@paylens/domain/card-body";

// A URL in a log line is percent-encoded: 4111%201111%201111%201111 is a card number with spaces.
const ENCODED_SEPARATOR = /(?<=[0-9])(?:%20|%2[dDeE]|\+)(?=[0-9])/g;

export function redactedLines(write: (line: string) => void): Writable {
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      write(redactBody(chunk.toString().replace(ENCODED_SEPARATOR, " ")));
      done();
    },
  });
}

export type LogFormat = "json" | "pretty";

export function createLogger(
  level: string,
  write: (line: string) => void = (line) => process.stdout.write(line),
  format: LogFormat = "json",
): Logger {
  if (format === "json") return pino({ level }, redactedLines(write));
  const pretty = prettyFactory({
    colorize: true,
    translateTime: "SYS:HH:MM:ss.l",
    ignore: "pid,hostname",
  });
  return pino(
    { level },
    redactedLines((line) => write(pretty(line))),
  );
}
