// `npm start`: install what is missing, build the web app, then run the server (demo mode without an accounts file).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { install, run } from "./pnpm.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
process.chdir(root);

await install();
await run(["--filter", "@paylens/web", "build"]);

const tsx = fileURLToPath(new URL("../node_modules/tsx/dist/cli.mjs", import.meta.url));
const server = spawn(process.execPath, [tsx, "apps/server/src/main.ts"], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
