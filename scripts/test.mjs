// `npm test`: install what is missing (pnpm, dependencies, Debian's Chromium for the browser test),
// then check formatting, typecheck, lint, build the web app and run every test. With DATABASE_URL set, the database tests
// use PostgreSQL: only the projects whose queries run on it run again (domain, codes, providers, sandbox and lint tests
// open no database; the web app's tests reach one only through the API), and PAYLENS_SKIP_CHECKS=1 leaves out the
// checks a first pass in the same checkout has made. PAYLENS_POSTGRES_PASS_URL (.ci/run) runs that second pass too.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { install, run } from "./pnpm.mjs";
import { printSlowest } from "./slowest-tests.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
process.chdir(root);

function ensureChromium() {
  if (existsSync("/usr/bin/chromium")) return;
  if (process.getuid?.() !== 0) {
    console.error(
      "Chromium is missing: install Debian's package (sudo apt-get install -y chromium) for the end-to-end test.",
    );
    return;
  }
  console.log("Installing Debian's chromium for the end-to-end test…");
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}

const postgres = Boolean(process.env.DATABASE_URL);
await install();
if (!process.env.PAYLENS_SKIP_CHECKS) {
  // Side by side: the type check is one single-threaded program (tsconfig.workspace.json checks every file once), so
  // the formatting check and the lint (one eslint per package) use the other core.
  await Promise.all([
    run(["exec", "tsc", "--noEmit", "-p", "tsconfig.workspace.json"]),
    run(["exec", "prettier", "--check", ".", "--log-level=warn"]).then(() =>
      run(["exec", "turbo", "run", "lint", "--output-logs=errors-only"], {
        env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
      }),
    ),
  ]);
}
// The built SPA is for the browser tests, which run on PGlite only.
if (!postgres) {
  ensureChromium();
  await run(["--filter", "@paylens/web", "build"]);
}

mkdirSync(".cache", { recursive: true });
// One report per engine: the two passes may run side by side in one checkout.
const report = `.cache/vitest-report-${postgres ? "postgres" : "pglite"}.json`;
const browserReport = ".cache/vitest-e2e-report.json";
let failed = false;
// Unit, database and integration tests first; then the browser tests, one file at a time against one shared demo server
// (apps/web/e2e/demo-server-setup.ts), with at most CI's PostgreSQL pass beside them: they wait on a live server and
// leave a core idle, while several browser files at once beside the rest starved each other on 2 cores.
const browser = postgres ? null : ["--project", "e2e", "--no-file-parallelism", `--outputFile.json=${browserReport}`];
// The PostgreSQL pass runs the projects whose queries run on the engine: the web app's component tests render over the
// same API, whose answers on PostgreSQL the api and server projects prove, so they run on PGlite only.
const projects = postgres ? ["db", "api", "server"].flatMap((p) => ["--project", p]) : ["--project", "!e2e"];
const vitest = (extra) =>
  run(["exec", "vitest", "run", "--reporter=default", "--reporter=json", ...extra]).then(
    () => true,
    () => false,
  );
if (!(await vitest([...projects, `--outputFile.json=${report}`]))) failed = true;
// CI (.ci/run) names a PostgreSQL for a second pass: it runs beside the browser tests, which go one file at a time and
// leave a core idle. Its output goes to a file, printed once it is done, so the two runs' lines do not mix.
const besideUrl = postgres ? null : process.env.PAYLENS_POSTGRES_PASS_URL;
const postgresLog = ".cache/postgres-pass.log";
const postgresPass = besideUrl
  ? new Promise((resolve) => {
      const out = openSync(postgresLog, "w");
      const child = spawn(process.execPath, [fileURLToPath(import.meta.url)], {
        stdio: ["ignore", out, out],
        env: { ...process.env, DATABASE_URL: besideUrl, PAYLENS_SKIP_CHECKS: "1", PAYLENS_POSTGRES_PASS_URL: "" },
      });
      child.on("exit", (code) => resolve(code === 0));
      child.on("error", () => resolve(false));
    })
  : Promise.resolve(true);
if (browser && !(await vitest(browser))) failed = true;
if (!(await postgresPass)) failed = true;
const reportFiles = browser ? [report, browserReport] : [report];
const reports = reportFiles.map((file) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null));
const summary = reports.includes(null)
  ? null
  : {
      numPassedTests: reports.reduce((n, r) => n + r.numPassedTests, 0),
      numFailedTests: reports.reduce((n, r) => n + r.numFailedTests, 0),
    };
printSlowest(reportFiles);
const engine = postgres ? "postgres" : "pglite";
if (summary) console.log(`\n${engine}: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed`);
if (besideUrl) console.log(`\n--- PostgreSQL pass (${postgresLog}) ---\n${readFileSync(postgresLog, "utf8")}`);
process.exit(failed || !summary || summary.numFailedTests > 0 ? 1 : 0);
