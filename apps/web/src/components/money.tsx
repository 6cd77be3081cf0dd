import { formatMoney } from "../lib/format-money.ts";

/** Amount with tabular digits and the ISO code beside it, so "$" for USD and CAD is never ambiguous. */
export function Money({ amountMinor, currency, large = false }: { amountMinor: bigint; currency: string; large?: boolean }) {
  return (
    <span className={large ? "money money-lg" : "money"}>
      <span className="money-value">{formatMoney(amountMinor, currency, { display: large ? "symbol" : "none" })}</span>
      <span className="money-currency">{currency}</span>
    </span>
  );
}
