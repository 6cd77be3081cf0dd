// What beGateway sends (docs/providers/begateway.md §3, §4, §7): the transaction object of API answers and webhooks,
// the error answer, and the reports API's pages. Read leniently: sections and fields are left out when they do not apply.
import { z } from "zod";
import { instant, objectOrNull, minorUnits, section, text, whole } from "../wire.ts";

/** The bank's answer: named `transaction` in v3, after the transaction type in v2 (`payment`, `refund`, …). */
const bankAnswer = section({
  message: text,
  rrn: text,
  auth_code: text,
  ref_id: text,
  bank_code: text,
  gateway_id: whole,
  billing_descriptor: text,
});

/** v2's bank answers, one per transaction type. */
const v2BankAnswers = {
  payment: bankAnswer,
  authorization: bankAnswer,
  capture: bankAnswer,
  void: bankAnswer,
  refund: bankAnswer,
  payout: bankAnswer,
  p2p: bankAnswer,
  credit: bankAnswer,
};
export type V2TypeName = keyof typeof v2BankAnswers;

const card = section({
  payment_method_type: text,
  brand: text,
  bin: text,
  last_4: text,
  holder: text,
  exp_month: whole,
  exp_year: whole,
  issuer_name: text,
  issuer_country: text,
  token: text,
});

const resultCode = section({ result_code: text });

/** The transaction object (§4), with every section the console shows. */
export const begatewayTransaction = z.object({
  uid: text,
  parent_uid: text,
  type: text,
  status: text,
  amount: minorUnits,
  currency: text,
  code: text,
  message: text,
  friendly_message: text,
  tracking_id: text,
  description: text,
  test: z.boolean().catch(false),
  payment_method: card,
  credit_card: card,
  customer: section({ email: text, ip: text, country: text }),
  billing_address: section({ country: text }),
  three_d_secure_verification: section({
    status: text,
    eci: text,
    version: text,
    protocol_version: text,
    pa_status: text,
    ve_status: text,
    message: text,
    fail_reason: text,
  }),
  avs_cvc_verification: section({ avs_verification: resultCode, cvc_verification: resultCode }),
  smart_routing_verification: section({ status: text }),
  created_at: instant,
  updated_at: instant,
  paid_at: instant,
  settled_at: instant,
  closed_at: instant,
  expired_at: instant,
  redirect_url: text,
  reason: text,
  recurring_type: text,
  status_code: whole,
  transaction: bankAnswer,
  ...v2BankAnswers,
});
export type BegatewayTransaction = z.output<typeof begatewayTransaction>;
export type BankAnswer = NonNullable<z.output<typeof bankAnswer>>;

/** An answer that is not a transaction: a refusal names the fields at fault in `errors` (§2). */
export const begatewayRefusal = z.object({
  code: text,
  message: text,
  friendly_message: text,
  response: section({ message: text }),
  errors: objectOrNull,
});

/** One row of the reports API (§7): the transaction's fields, with what the PSP kept. */
export const begatewayReportRow = z.object({
  uid: text,
  parent_uid: text,
  type: text,
  status: text,
  amount: minorUnits,
  currency: text,
  transaction_fee: minorUnits,
  created_at: instant,
  paid_at: instant,
  settled_at: instant,
});

/** A page of the reports API (§7): transactions, and where the next page starts. */
export const begatewayReportPage = z.object({
  transactions: z.array(z.unknown()).nullable().catch(null),
  has_more: z.boolean().nullable().catch(null),
  last_object_id: z.union([z.string(), z.number()]).nullable().catch(null),
  message: text,
  response: section({ message: text }),
});

/** A chargeback (docs/providers/begateway.md, "Disputes (intake)"): a transaction of type `chargeback` on the payment. */
export const begatewayChargeback = z.object({
  uid: text,
  parent_uid: text,
  type: text,
  status: text,
  amount: minorUnits,
  currency: text,
  reason: text,
  created_at: instant,
  updated_at: instant,
  chargeback: section({
    amount: minorUnits,
    currency: text,
    status: text,
    message: text,
    rrn: text,
    arn: text,
    ref_id: text,
    reason_code: text,
    stage: text,
    due_at: instant,
  }),
  transaction: section({ rrn: text, ref_id: text, message: text }),
});
