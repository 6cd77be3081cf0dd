// `npm start`: install what is missing, build the web app, then run the server (demo mode without an accounts file).
// Both steps are skipped while their inputs are unchanged (a fingerprint beside the result), so a restart is quick.
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { unlessUnchanged } from "./fingerprint.mjs";
import { install, run } from "./pnpm.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
process.chdir(root);

const workspaces = ["apps", "packages", "tooling"].flatMap((dir) => readdirSync(dir).map((name) => `${dir}/${name}`));
const manifests = [
  "package.json",
  "pnpm-workspace.yaml",
  "pnpm-lock.yaml",
  ...workspaces.map((w) => `${w}/package.json`),
];
await unlessUnchanged("node_modules/.paylens-install", manifests.filter(existsSync), install);
// The SPA imports the shared packages; vite empties dist/ on a build, so a half-done build leaves no stamp behind.
const webInputs = ["apps/web", "packages", "tooling", "tsconfig.json", "pnpm-lock.yaml"];
const built = await unlessUnchanged("apps/web/dist/.sources", webInputs, () =>
  run(["--filter", "@paylens/web", "build"]),
);
if (!built) console.log("Web app unchanged since its last build: apps/web/dist");

// tsx as a loader inside the server's own process (not its CLI, a third process between us and the server), so a
// signal to either of the two reaches the server and the launcher leaves with it.
const tsx = pathToFileURL(new URL("../node_modules/tsx/dist/loader.mjs", import.meta.url).pathname).href;
const server = spawn(process.execPath, ["--import", tsx, "apps/server/src/main.ts"], { stdio: "inherit" });
let firstSignalAt = null;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    // The server stops itself within 10 s. Ctrl-C arrives here from the terminal and from npm at once: copies within
    // a second are one stop; a later second signal (Ctrl-C twice) ends the server at once.
    if (firstSignalAt === null) {
      firstSignalAt = Date.now();
      server.kill(signal);
      setTimeout(() => server.kill("SIGKILL"), 12_000).unref();
    } else if (Date.now() - firstSignalAt > 1_000) {
      server.kill("SIGKILL");
    }
  });
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 + 15 : 0)));
