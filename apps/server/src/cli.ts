// `pnpm paylens <command>`: operator commands beside the server. Settings come from env.ts like the server's.
import { apiToken } from "./demo-token.ts";
import { readEnv } from "./env.ts";
import { INCIDENT_USAGE, runIncident } from "./incident-command.ts";
import { openStore, parseSeedArgs, runSeed, SEED_USAGE } from "./seed/seed-command.ts";
import { runUserCommand, USER_USAGE } from "./user-command.ts";
import { migrate } from "@paylens/db/migrate";

const [command, ...rest] = process.argv.slice(2);

async function seed(): Promise<void> {
  const args = parseSeedArgs(rest);
  const database = await openStore(readEnv());
  try {
    process.stderr.write(
      `Seeding ${args.transactions.toLocaleString("en")} transactions over ${args.days} days (seed ${args.seed}) into ${database.kind}…\n`,
    );
    if (database.kind === "pglite")
      process.stderr.write("  (PGlite serves one process: stop the server while seeding its data dir)\n");
    const result = await runSeed(database, args, (line) => process.stderr.write(`${line}\n`));
    process.stdout.write(
      `Seeded ${result.inserted.toLocaleString("en")} transactions in ${result.seconds.toFixed(1)} s: ${result.rowsPerSecond.toLocaleString("en")} rows/s (${database.kind})\n`,
    );
  } finally {
    await database.close();
  }
}

try {
  if (command === "seed") await seed();
  else if (command === "user") {
    const database = await openStore(readEnv());
    try {
      await migrate(database);
      process.stdout.write(`${await runUserCommand(database.db, rest)}\n`);
    } finally {
      await database.close();
    }
  } else if (command === "incident") {
    const env = readEnv();
    const host = env.HOST === "0.0.0.0" || env.HOST === "::" ? "127.0.0.1" : env.HOST;
    process.stdout.write(`${await runIncident(rest, `http://${host}:${env.PORT}`, apiToken(env))}\n`);
  } else {
    process.stderr.write(
      `${command ? `unknown command "${command}"\n` : ""}${SEED_USAGE}\n${INCIDENT_USAGE}\n${USER_USAGE}\n`,
    );
    process.exitCode = command ? 1 : 0;
  }
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
