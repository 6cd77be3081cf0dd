// Component tests' environment: happy-dom's page, with modules transformed as on a server (Vite's client transform
// would turn the database code's new URL(..., import.meta.url) into page URLs). The API runs in the same process.
import { builtinEnvironments, type Environment } from "vitest/runtime";

export default {
  ...builtinEnvironments["happy-dom"],
  name: "dom-and-api",
  viteEnvironment: "ssr",
} satisfies Environment;
