import { Suspense, lazy, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { SearchIcon } from "./search-icon.tsx";

// The dialog, its results and the badges they draw load when first wanted (hover, focus, Ctrl-K), not with the shell.
const loadDialog = () => import("./palette-dialog.tsx");
const PaletteDialog = lazy(() => loadDialog().then((module) => ({ default: module.PaletteDialog })));

const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);
export const PALETTE_SHORTCUT = isMac ? "⌘K" : "Ctrl K";

/** Ctrl/Cmd-K from anywhere: one box that finds a transaction and jumps to it. */
export function CommandPalette() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "k") {
        event.preventDefault();
        setOpen((value) => !value);
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return (
    <>
      <button
        type="button"
        className="header-search"
        onClick={() => setOpen(true)}
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
        aria-haspopup="dialog"
      >
        <SearchIcon />
        <span>{t("shell.palette.open")}</span>
        <kbd className="kbd">{PALETTE_SHORTCUT}</kbd>
      </button>
      {open ? (
        <Suspense fallback={null}>
          <PaletteDialog onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
