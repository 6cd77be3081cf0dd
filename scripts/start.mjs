// `npm start`: install what is missing, build the web app, then run the server (demo mode without an accounts file).
import { spawn } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { install, run } from "./pnpm.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
process.chdir(root);

await install();
await run(["--filter", "@paylens/web", "build"]);

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
