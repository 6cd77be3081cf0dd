// `pnpm paylens seed --transactions N [--days 90] [--seed 1]`: fills the configured store with generated
// transactions (three providers' shapes, catalogue codes, the sandbox's BINs) and reports the rate.
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { z } from "zod";
import { openDatabase, type Database } from "@paylens/db/client";
import { migrate } from "@paylens/db/migrate";
import { backfillLedger } from "@paylens/db/queries/ledger";
import { seedTransactions, type SeedResult } from "@paylens/db/seed/seed-transactions";
import type { Env } from "../env.ts";
import { seedPalette } from "./palette.ts";

export const SEED_USAGE = "usage: pnpm paylens seed --transactions <count> [--days 90] [--seed 1]";

const seedArgs = z.object({
  transactions: z.coerce.number().int().min(1).max(50_000_000),
  days: z.coerce.number().int().min(1).max(3650).default(90),
  seed: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .default(1),
});
export type SeedArgs = z.infer<typeof seedArgs>;

export function parseSeedArgs(argv: string[]): SeedArgs {
  const { values } = parseArgs({
    args: argv,
    options: { transactions: { type: "string" }, days: { type: "string" }, seed: { type: "string" } },
    strict: true,
  });
  const parsed = seedArgs.safeParse(values);
  if (!parsed.success)
    throw new Error(
      `${parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("; ")}\n${SEED_USAGE}`,
    );
  return parsed.data;
}

// `pnpm start` runs the server from the repository root: a relative data dir means the same folder here.
const repositoryRoot = fileURLToPath(new URL("../../../..", import.meta.url));

export function openStore(env: Env): Promise<Database> {
  return env.DATABASE_URL
    ? openDatabase({ kind: "postgres", url: env.DATABASE_URL })
    : openDatabase({ kind: "pglite", dataDir: join(resolve(repositoryRoot, env.PAYLENS_DATA_DIR), "pglite") });
}

export async function runSeed(
  database: Database,
  args: SeedArgs,
  progress: (line: string) => void,
): Promise<SeedResult> {
  await migrate(database);
  let reported = 0;
  const result = await seedTransactions(database, seedPalette(), {
    count: args.transactions,
    days: args.days,
    seed: args.seed,
    onProgress: (inserted, total) => {
      if (inserted - reported >= 100_000 || inserted === total) {
        reported = inserted;
        progress(`  ${inserted.toLocaleString("en")} / ${total.toLocaleString("en")}`);
      }
    },
  });
  // Seeded rows skip applySnapshot, so their money movements (and through them the ledger) are back-filled here.
  const ledger = await backfillLedger(database.db);
  progress(`  ledger: ${ledger.movements.toLocaleString("en")} money movements posted`);
  return result;
}
