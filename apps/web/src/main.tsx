import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.tsx";
import { createAppRouter } from "./router.tsx";
import { createApi } from "./trpc.ts";
import "./styles.css";
import "./styles/search.css";
import "./styles/palette.css";
import "./styles/codes.css";
import "./styles/analytics.css";
import "./styles/access.css";

async function start(): Promise<void> {
  // `vite --mode mock` serves fixture data from a service worker; the import is dropped from production builds.
  const mock = import.meta.env.MODE === "mock";
  if (mock) {
    const { startMockWorker } = await import("./mocks/browser.ts");
    await startMockWorker();
  }
  const root = document.getElementById("root");
  if (!root) throw new Error("index.html has no #root element");
  const api = createApi({ url: "/trpc", batch: !mock });
  createRoot(root).render(
    <StrictMode>
      <App api={api} router={createAppRouter()} />
    </StrictMode>,
  );
}

void start();
