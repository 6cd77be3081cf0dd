import type { ReactNode } from "react";

/** Empty, error and not-found states: one calm block with a title, a line of help and an optional action. */
export function StateMessage({
  title,
  children,
  action,
  tone = "neutral",
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  tone?: "neutral" | "error";
}) {
  return (
    <div className={`state-message state-${tone}`} role={tone === "error" ? "alert" : "status"}>
      <p className="state-title">{title}</p>
      {children ? <div className="state-body">{children}</div> : null}
      {action ? <div className="state-action">{action}</div> : null}
    </div>
  );
}
