// The colour theme: the system's (prefers-color-scheme, in CSS) unless this browser chose light or dark in the user
// menu. The choice is data-theme on <html>, which sets `color-scheme` (styles.css); main.tsx applies it before the
// first render. Kept tiny: it is in the first screen's JavaScript.
export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

const STORAGE_KEY = "paylens.theme";

export function isTheme(value: unknown): value is Theme {
  return typeof value === "string" && (THEMES as readonly string[]).includes(value);
}

/** The theme chosen on this browser; "system" when none was, or storage is unavailable. */
export function chosenTheme(): Theme {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isTheme(value) ? value : "system";
  } catch {
    return "system";
  }
}

export function applyTheme(theme: Theme): void {
  if (theme === "system") delete document.documentElement.dataset["theme"];
  else document.documentElement.dataset["theme"] = theme;
}

/** Applies `theme` and remembers it on this browser (for every user of it, like the system setting it overrides). */
export function chooseTheme(theme: Theme): void {
  applyTheme(theme);
  try {
    if (theme === "system") localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Private modes may refuse storage: the choice holds for this page.
  }
}
