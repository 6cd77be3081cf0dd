import { useTranslation } from "react-i18next";
/** The terms the server could not read, each named as typed, with why; the other terms still apply. */
export function QueryErrors({
  errors,
  compact = false,
}: {
  errors: readonly { term: string; message: string }[];
  compact?: boolean;
}) {
  const { t } = useTranslation();
  if (!errors.length) return null;
  return (
    <ul className={compact ? "query-errors query-errors-compact" : "query-errors"} role="alert">
      {errors.map((error, index) => (
        <li key={`${error.term}-${index}`}>
          <span className="query-error-icon" aria-hidden="true">
            !
          </span>
          <code>{error.term}</code>
          <span>
            {capitalize(error.message)}
            {compact || index < errors.length - 1 ? null : (
              <span className="muted"> — {t("common.termIgnored", { count: errors.length })}</span>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
