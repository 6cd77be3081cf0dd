import { moneyText } from "../lib/format-money.ts";

/** Large: the amount as Intl writes it with its currency. Otherwise tabular digits with the ISO code muted beside them. */
export function Money({
  amountMinor,
  currency,
  large = false,
}: {
  amountMinor: bigint;
  currency: string;
  large?: boolean;
}) {
  const { value, code } = moneyText(amountMinor, currency, large ? "headline" : "column");
  return (
    <span className={large ? "money money-lg" : "money"}>
      <span className="money-value">{value}</span>
      {code ? <span className="money-currency">{code}</span> : null}
    </span>
  );
}
