import type { ReactNode } from "react";

/** Empty, error and not-found states: one calm block with a title, a line of help and an optional action. */
export function StateMessage({
  title,
  children,
  action,
  tone = "neutral",
  heading = false,
}: {
  title: string;
  /** The page's own heading (a screen that is only this message, as "not found"): an h1 for screen readers. */
  heading?: boolean;
  children?: ReactNode;
  action?: ReactNode;
  tone?: "neutral" | "error";
}) {
  return (
    <div className={`state-message state-${tone}`} role={tone === "error" ? "alert" : "status"}>
      {heading ? <h1 className="state-title">{title}</h1> : <p className="state-title">{title}</p>}
      {children ? <div className="state-body">{children}</div> : null}
      {action ? <div className="state-action">{action}</div> : null}
    </div>
  );
}
