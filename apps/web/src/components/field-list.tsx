import type { ReactNode } from "react";
import { CopyButton } from "./copy-button.tsx";

export interface Field {
  label: string;
  value: ReactNode;
  /** Text to copy; also renders the value in monospace. */
  copy?: string | null;
  mono?: boolean;
}

function isEmpty(value: ReactNode): boolean {
  return value === null || value === undefined || value === "" || value === false;
}

export function FieldList({ fields }: { fields: Field[] }) {
  return (
    <dl className="fields">
      {fields.map((field) => (
        <div className="field" key={field.label}>
          <dt>{field.label}</dt>
          <dd>
            {isEmpty(field.value) ? (
              <span className="muted">—</span>
            ) : (
              <>
                <span className={field.copy || field.mono ? "mono field-value" : "field-value"}>{field.value}</span>
                {field.copy ? <CopyButton value={field.copy} label={field.label} /> : null}
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
