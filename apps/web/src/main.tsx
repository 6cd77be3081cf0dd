import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.tsx";
import { createAppRouter } from "./router.tsx";
import { browserLanguage, setLanguage } from "./i18n/index.ts";
import { applyTheme, chosenTheme } from "./theme.ts";
import { createApi } from "./trpc.ts";
import "./styles.css";
import "./styles/search.css";
import "./styles/palette.css";
import "./styles/codes.css";
import "./styles/analytics.css";
import "./styles/alert-delivery.css";
import "./styles/reports.css";
import "./styles/access.css";
import "./styles/disputes.css";
import "./styles/responsive.css";

// The theme chosen on this browser, before anything renders (the system's needs nothing: it is CSS).
applyTheme(chosenTheme());
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
const api = createApi({ url: "/trpc" });
// The browser's language is loaded before the first paint; a failed load leaves English.
void setLanguage(browserLanguage())
  .catch(() => undefined)
  .finally(() =>
    createRoot(root).render(
      <StrictMode>
        <App api={api} router={createAppRouter()} />
      </StrictMode>,
    ),
  );
