import { useEffect, useId, useRef, useState, type ReactNode } from "react";

export interface PopoverProps {
  /** The trigger's content; the trigger is a button with aria-expanded. */
  label: ReactNode;
  /** Accessible name of the trigger when the label is not plain words. */
  title?: string;
  active?: boolean;
  align?: "start" | "end";
  className?: string;
  children: (close: () => void) => ReactNode;
}

/** A button that opens a small panel below it; Escape or a click outside closes it and returns focus to the button. */
export function Popover({ label, title, active = false, align = "start", className, children }: PopoverProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.stopPropagation();
      setOpen(false);
      trigger.current?.focus();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey, true);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey, true);
    };
  }, [open]);

  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };

  return (
    <div className={className ? `popover ${className}` : "popover"} ref={root}>
      <button
        ref={trigger}
        type="button"
        className={active ? "button button-sm is-active" : "button button-sm"}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={title}
        title={title}
        onClick={() => setOpen((value) => !value)}
      >
        {label}
        <svg className="caret" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
          <path
            d="M2 3.5l3 3l3-3"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.4"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      </button>
      {open ? (
        <div
          id={panelId}
          className={`popover-panel popover-${align}`}
          role="group"
          aria-label={title ?? (typeof label === "string" ? label : undefined)}
        >
          {children(close)}
        </div>
      ) : null}
    </div>
  );
}
