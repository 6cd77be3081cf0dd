// The server's log: pino JSON lines, each passed through the card-data guard as a whole line after serialisation, so
// a card number or a security code in a message, a URL, a header or an error never reaches the terminal or a file.
import { Writable } from "node:stream";
import pino, { type Logger } from "pino";
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

export function createLogger(
  level: string,
  write: (line: string) => void = (line) => process.stdout.write(line),
): Logger {
  return pino({ level }, redactedLines(write));
}
