import { t } from "../../i18n/index.ts";
import { useEffect, useRef, type ReactNode } from "react";

/** A panel over the right of the list: the list stays readable and clickable beside it; Escape or × closes it. */
export function WebhookDrawer({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const panel = useRef<HTMLElement>(null);
  const close = useRef(onClose);
  close.current = onClose;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      // A modal dialog above (the command palette) closes first.
      if (document.querySelector("[aria-modal='true']")) return;
      close.current();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    panel.current?.focus({ preventScroll: true });
  }, [title]);

  return (
    <aside ref={panel} className="drawer" aria-label={title} tabIndex={-1}>
      <header className="drawer-header">
        <h2>{title}</h2>
        <button type="button" className="dialog-close" aria-label={t("webhooks.closeDrawer")} onClick={onClose}>
          ×
        </button>
      </header>
      <div className="drawer-body">{children}</div>
    </aside>
  );
}
