import { formatMoney } from "../lib/format-money.ts";

/** Amount with tabular digits and the ISO code beside it, so "$" for USD and CAD is never ambiguous. */
export function Money({
  amountMinor,
  currency,
  large = false,
}: {
  amountMinor: bigint;
  currency: string;
  large?: boolean;
}) {
  const text = formatMoney(amountMinor, currency, { display: large ? "symbol" : "none" });
  // Where the currency has no symbol of its own (KWD 1,234.567) the code is already in the text.
  const showCode = !text.includes(currency.toUpperCase());
  return (
    <span className={large ? "money money-lg" : "money"}>
      <span className="money-value">{text}</span>
      {showCode ? <span className="money-currency">{currency}</span> : null}
    </span>
  );
}
