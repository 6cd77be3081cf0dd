import { formatNumber, t } from "../../i18n/index.ts";
import { Money } from "../../components/money.tsx";
import type { TotalsOutput } from "../../lib/api-types.ts";
import { formatMoney } from "../../lib/format-money.ts";
import { matchedByLabel } from "../../lib/search-describe.ts";

export interface TotalsBarProps {
  totals: TotalsOutput | undefined;
  pending: boolean;
  failed: boolean;
  filtered: boolean;
  matchedBy: string | null;
  /** The providers of the rows shown: an id column is named as they name it (Antom's tracking id is paymentRequestId). */
  providers: readonly string[];
  /** Asks for the exact count and sums where the server answered its estimate. */
  onExact?: () => void;
}

const MAX_SUMS = 4;

/** How many transactions the current search selects and what they add up to in each currency, never converted. */
export function TotalsBar({ totals, pending, failed, filtered, matchedBy, providers, onExact }: TotalsBarProps) {
  if (failed && !totals) return <p className="totals muted">{t("transactions.totals.unavailable")}</p>;
  if (pending || !totals) {
    return (
      <p className="totals" aria-busy="true">
        <span className="skeleton-bar totals-skeleton" />
      </p>
    );
  }
  const shown = totals.sums.slice(0, MAX_SUMS);
  const hidden = totals.sums.slice(MAX_SUMS);
  return (
    <div className="totals" aria-label={t("transactions.totals.label")}>
      <span className="totals-count">
        {totals.exact ? (
          <strong>{formatNumber(totals.count)}</strong>
        ) : (
          // Past the exact limit the server answers the planner's estimate: shown rounded and marked as one.
          <strong title={t("transactions.totals.estimated")}>
            {t("transactions.totals.about", {
              value: formatNumber(totals.count, { notation: "compact", maximumFractionDigits: 1 }),
            })}
          </strong>
        )}{" "}
        {t("transactions.totals.count", { count: totals.count })}
        {filtered ? t("transactions.totals.match") : ""}
        {!totals.exact && onExact ? (
          <>
            {" "}
            <button type="button" className="link-button" onClick={onExact}>
              {t("transactions.totals.countExactly")}
            </button>
          </>
        ) : null}
        {matchedBy && totals.count > 0 ? (
          <span className="muted">
            {t("transactions.totals.foundBy", { field: matchedByLabel(matchedBy, providers) })}
          </span>
        ) : null}
      </span>
      {shown.length ? (
        <ul className="totals-sums" aria-label={t("transactions.totals.sums")}>
          {shown.map((sum) => (
            <li key={sum.currency}>
              <Money amountMinor={sum.amountMinor} currency={sum.currency} />
            </li>
          ))}
          {hidden.length ? (
            <li
              className="muted"
              title={hidden.map((sum) => formatMoney(sum.amountMinor, sum.currency, { display: "code" })).join(" · ")}
            >
              {t("transactions.totals.more", { count: hidden.length })}
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
