// Request checks the way Pockyt answers them: a ret_code and a ret_msg, nothing done. Value sets from
// docs/providers/pockyt.md §5. The duplicate / over-refund codes are undocumented (§11.7); chosen by meaning: 000022
// conflicts, 000023 bad values.
import { parseMajor } from "@paylens/domain/money";

export interface PockytError {
  retCode: string;
  retMsg: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: PockytError };

export type Params = Readonly<Record<string, string>>;
export type Target = { transactionNo: string } | { reference: string };

/** PHP SDK validateCurrency, for the vendors this sandbox plays. */
export const VENDOR_CURRENCIES: Readonly<Record<string, readonly string[]>> = {
  alipay: ["USD", "CNY", "GBP"],
  wechatpay: ["USD", "CNY"],
  unionpay: ["USD", "CNY"],
  paypal: ["USD"],
  venmo: ["USD"],
  creditcard: ["USD"],
};

/** In-store pay takes the wallets, never cards (docs/providers/pockyt.md §4.2). */
export const INSTORE_VENDORS: readonly string[] = ["alipay", "wechatpay", "unionpay", "paypal", "venmo"];
export const ONLINE_TERMINALS: readonly string[] = ["ONLINE", "WAP", "MWEB"];
const DEFAULT_TIMEOUT_MINUTES = 120;

export const fail = (retCode: string, retMsg: string): { ok: false; error: PockytError } => ({
  ok: false,
  error: { retCode, retMsg },
});
const missing = (field: string) => fail("000020", `data error : ${field} cannot be null`);
const invalid = (field: string, why = "is invalid") => fail("000023", `data error : ${field} ${why}`);

export function text(params: Params, field: string): string | null {
  const value = params[field]?.trim();
  return value ? value : null;
}

/** The in-store docs spell WeChat Pay "wechat". */
export function vendorName(value: string): string {
  const lower = value.toLowerCase();
  return lower === "wechat" ? "wechatpay" : lower;
}

/** "When the currency is GBP, the settlement currency is GBP. All other currencies settle with USD"; alipay+CNY may pick GBP. */
export function settleCurrencyAllowed(vendor: string | null, currency: string, settle: string): boolean {
  if (currency === "GBP") return settle === "GBP";
  if (vendor === "alipay" && currency === "CNY") return settle === "USD" || settle === "GBP";
  return settle === "USD";
}

export function checkVendorCurrency(vendor: string, currency: string, settleCurrency: string): Checked<null> {
  const accepted = VENDOR_CURRENCIES[vendor];
  if (!accepted) return invalid("vendor", `${vendor} is not supported`);
  if (!accepted.includes(currency)) return fail("000023", `currency ${currency} is not supported by vendor ${vendor}`);
  if (!settleCurrencyAllowed(vendor, currency, settleCurrency)) {
    return fail("000023", `settleCurrency ${settleCurrency} is not supported for ${vendor} in ${currency}`);
  }
  return { ok: true, value: null };
}

/** Decimal string with at most 2 places (the Python SDK's rule) and no more than the currency has; > 0. */
export function amountOf(params: Params, field: string, currency: string): Checked<bigint> {
  const value = text(params, field);
  if (value === null) return missing(field);
  const amount = /^\d+(\.\d{1,2})?$/.test(value) ? parseMajor(value, currency) : null;
  if (amount === null || amount <= 0n) return invalid(field, `${value} is not a valid amount in ${currency}`);
  return { ok: true, value: amount };
}

function currencyOf(params: Params, field: string): Checked<string> {
  const value = text(params, field)?.toUpperCase() ?? null;
  if (value === null) return missing(field);
  return /^[A-Z]{3}$/.test(value) ? { ok: true, value } : invalid(field);
}

function urlOf(params: Params, field: string, required: boolean): Checked<string | null> {
  const value = text(params, field);
  if (value === null) return required ? missing(field) : { ok: true, value: null };
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? { ok: true, value } : invalid(field);
  } catch {
    return invalid(field);
  }
}

/** Exactly one of transactionNo / reference (the SDKs' own rule). */
export function targetOf(params: Params): Checked<Target> {
  const transactionNo = text(params, "transactionNo");
  const reference = text(params, "reference");
  if (transactionNo && reference)
    return fail("000022", "data error : transactionNo and reference cannot exist at the same time");
  if (transactionNo) return { ok: true, value: { transactionNo } };
  if (reference) return { ok: true, value: { reference } };
  return missing("transactionNo or reference");
}

export interface OrderRequest {
  amount: bigint;
  currency: string;
  settleCurrency: string;
  /** Required (the PHP SDK and the add docs): IPN listeners refuse notifications without it. */
  reference: string;
  description: string | null;
  note: string | null;
  ipnUrl: string | null;
  timeoutMinutes: number;
  storeAdminNo: string | null;
}

export interface SecurePayRequest extends OrderRequest {
  vendor: string;
  terminal: string;
  callbackUrl: string;
}

function orderOf(params: Params, defaultSettle: (currency: string) => string): Checked<OrderRequest> {
  const currency = currencyOf(params, "currency");
  if (!currency.ok) return currency;
  const amount = amountOf(params, "amount", currency.value);
  if (!amount.ok) return amount;
  const settleCurrency = text(params, "settleCurrency")?.toUpperCase() ?? defaultSettle(currency.value);
  const ipnUrl = urlOf(params, "ipnUrl", false);
  if (!ipnUrl.ok) return ipnUrl;
  const reference = text(params, "reference");
  if (reference === null) return missing("reference");
  const timeout = text(params, "timeout");
  if (timeout !== null && !/^[1-9]\d{0,5}$/.test(timeout)) return invalid("timeout");
  return {
    ok: true,
    value: {
      amount: amount.value,
      currency: currency.value,
      settleCurrency,
      reference,
      description: text(params, "description"),
      note: text(params, "note"),
      ipnUrl: ipnUrl.value,
      timeoutMinutes: timeout === null ? DEFAULT_TIMEOUT_MINUTES : Number(timeout),
      storeAdminNo: text(params, "storeAdminNo"),
    },
  };
}

const ruleSettle = (currency: string) => (currency === "GBP" ? "GBP" : "USD");

export function securePayRequest(params: Params): Checked<SecurePayRequest> {
  const vendorText = text(params, "vendor");
  if (vendorText === null) return missing("vendor");
  const terminal = text(params, "terminal")?.toUpperCase() ?? null;
  if (terminal === null) return missing("terminal");
  if (!ONLINE_TERMINALS.includes(terminal))
    return fail("000023", `terminal ${terminal} is not supported by this sandbox`);
  const callbackUrl = urlOf(params, "callbackUrl", true);
  if (!callbackUrl.ok) return callbackUrl;
  const order = orderOf(params, ruleSettle);
  if (!order.ok) return order;
  const vendor = vendorName(vendorText);
  const rule = checkVendorCurrency(vendor, order.value.currency, order.value.settleCurrency);
  if (!rule.ok) return rule;
  return { ok: true, value: { ...order.value, vendor, terminal, callbackUrl: callbackUrl.value ?? "" } };
}

/** In-store add: amount, currency and settleCurrency are required; the vendor comes with pay. */
export function addRequest(params: Params): Checked<OrderRequest> {
  if (text(params, "settleCurrency") === null) return missing("settleCurrency");
  const order = orderOf(params, ruleSettle);
  if (!order.ok) return order;
  const { currency, settleCurrency } = order.value;
  if (!settleCurrencyAllowed("alipay", currency, settleCurrency))
    return fail("000023", `settleCurrency ${settleCurrency} is not supported for ${currency}`);
  return order;
}

/** Merchant-presented QR (create-trans-qrcode): unionpay not supported (docs/providers/pockyt.md §4.3). */
export const QRCODE_VENDORS: readonly string[] = ["alipay", "wechatpay"];

export interface QrcodeRequest extends OrderRequest {
  vendor: string;
}

export function qrcodeRequest(params: Params): Checked<QrcodeRequest> {
  const vendorText = text(params, "vendor");
  if (vendorText === null) return missing("vendor");
  const vendor = vendorName(vendorText);
  if (!QRCODE_VENDORS.includes(vendor)) return fail("000023", `vendor ${vendor} is not supported for a store QR code`);
  const order = orderOf(params, ruleSettle);
  if (!order.ok) return order;
  const rule = checkVendorCurrency(vendor, order.value.currency, order.value.settleCurrency);
  return rule.ok ? { ok: true, value: { ...order.value, vendor } } : rule;
}

export interface PayRequest {
  target: Target;
  paymentBarcode: string;
  vendor: string;
}

export function payRequest(params: Params): Checked<PayRequest> {
  const target = targetOf(params);
  if (!target.ok) return target;
  const barcode = text(params, "paymentBarcode");
  if (barcode === null) return missing("paymentBarcode");
  if (!/^\d{10,32}$/.test(barcode)) return invalid("paymentBarcode");
  const vendorText = text(params, "vendor");
  if (vendorText === null) return missing("vendor");
  const vendor = vendorName(vendorText);
  if (!INSTORE_VENDORS.includes(vendor)) return fail("000023", `vendor ${vendor} is not supported in store`);
  return { ok: true, value: { target: target.value, paymentBarcode: barcode, vendor } };
}

export interface RefundRequest {
  target: Target;
  refundAmount: bigint;
  currency: string;
  settleCurrency: string;
  refundReference: string | null;
}

export function refundRequest(params: Params): Checked<RefundRequest> {
  const target = targetOf(params);
  if (!target.ok) return target;
  const currency = currencyOf(params, "currency");
  if (!currency.ok) return currency;
  const settleCurrency = currencyOf(params, "settleCurrency");
  if (!settleCurrency.ok) return settleCurrency;
  const refundAmount = amountOf(params, "refundAmount", currency.value);
  if (!refundAmount.ok) return refundAmount;
  return {
    ok: true,
    value: {
      target: target.value,
      refundAmount: refundAmount.value,
      currency: currency.value,
      settleCurrency: settleCurrency.value,
      refundReference: text(params, "refundReference"),
    },
  };
}
