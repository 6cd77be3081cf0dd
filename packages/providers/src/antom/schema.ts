// What Antom sends (docs/providers/antom.md §3, §4, §6, §9): pay, capture, cancel, refund and inquiry answers and the
// notify* bodies share one vocabulary. Read leniently: Antom writes amounts as strings, and omits what does not apply.
import { z } from "zod";
import { instant, listOf, objectOrNull, minorUnits, section, text, whole } from "../wire.ts";

const NOT_AN_OBJECT = { error: "body is not a JSON object" };

/** `result`: S, F or U with a code; in an inquiry's answer it says only whether the query worked (§3). */
export const antomResult = section({ resultStatus: text, resultCode: text, resultMessage: text });
export type AntomResult = NonNullable<z.output<typeof antomResult>>;

/** {currency, value} with the value in minor units, as a string (§1). */
export const antomAmount = section({ value: minorUnits, currency: text });

/** The card's name: an object of parts in the card payment answers, plain text in older ones. */
const holderName = z
  .union([z.object({ fullName: text, firstName: text, middleName: text, lastName: text }), text])
  .catch(null);

/** paymentResultInfo (or the older cardInfo) of a card payment: card fields and the issuer's raw answer (§9). */
export const antomCardInfo = section({
  cardNo: text,
  cardBrand: text,
  cardBin: text,
  lastFour: text,
  cardholderName: holderName,
  expiryMonth: whole,
  expiryYear: whole,
  issuerName: text,
  issuingCountry: text,
  funding: text,
  cardCategory: text,
  rrn: text,
  authorizationCode: text,
  networkTransactionId: text,
  refusalCodeRaw: text,
  refusalReasonRaw: text,
  merchantAdviceCode: text,
  avsResultRaw: text,
  cvvResultRaw: text,
  threeDSResult: section({
    eci: text,
    cavv: text,
    threeDSVersion: text,
    challengeCancel: text,
    threeDStransactionStatusReason: text,
  }),
});
export type AntomCardInfo = NonNullable<z.output<typeof antomCardInfo>>;

/** A line of inquiryPayment's `transactions[]`: a capture, refund or cancel of the payment (§4.6). */
const inquiryLine = z.object({
  transactionType: text,
  transactionId: text,
  transactionStatus: text,
  transactionResult: antomResult,
  transactionAmount: antomAmount,
  transactionRequestId: text,
  transactionTime: instant,
});

/** Fields every Antom body may carry. */
const common = {
  notifyType: text,
  result: antomResult,
  paymentId: text,
  paymentRequestId: text,
  paymentResultInfo: antomCardInfo,
  acquirerReferenceNo: text,
  rrn: text,
  arn: text,
  grossSettlementAmount: objectOrNull,
};

/** A pay answer, an inquiryPayment answer or a notifyPayment body. */
export const antomPayment = z.object(
  {
    ...common,
    paymentAmount: antomAmount,
    cardInfo: antomCardInfo,
    paymentStatus: text,
    paymentResultCode: text,
    paymentResultMessage: text,
    paymentMethodType: text,
    paymentCreateTime: instant,
    paymentTime: instant,
    authExpiryTime: text,
    paymentFactor: section({ captureMode: text }),
    normalUrl: text,
    schemeUrl: text,
    applinkUrl: text,
    redirectActionForm: section({ redirectUrl: text }),
    acquirerInfo: section({ acquirerTransactionId: text }),
    transactions: listOf(inquiryLine),
  },
  NOT_AN_OBJECT,
);
export type AntomPayment = z.output<typeof antomPayment>;

/** A capture answer or a notifyCapture body. */
export const antomCapture = z.object(
  { ...common, captureId: text, captureRequestId: text, captureAmount: antomAmount, captureTime: instant },
  NOT_AN_OBJECT,
);

/** A refund answer, a notifyRefund body or an inquiryRefund answer. */
export const antomRefund = z.object(
  {
    ...common,
    refundId: text,
    refundRequestId: text,
    refundAmount: antomAmount,
    refundTime: instant,
    refundStatus: text,
    refundResultCode: text,
    refundResultMessage: text,
  },
  NOT_AN_OBJECT,
);

/** A cancel answer: no amount and no id of its own (§4.4). */
export const antomCancel = z.object({ ...common, cancelTime: instant }, NOT_AN_OBJECT);

/** Any signed answer, read for what the client decides on before mapping: the result and the id it names. */
export const antomAnswer = z.object({
  ...common,
  captureId: text,
  refundId: text,
  fileContent: text,
});
export type AntomAnswer = z.output<typeof antomAnswer>;

/** A notification's type and the time that tells one delivery of a result from a new result (§6). */
export const antomNotification = z.object(
  { notifyType: text, result: antomResult, paymentTime: text, captureTime: text, refundTime: text },
  NOT_AN_OBJECT,
);

/** A notifyDispute body (docs/providers/antom.md, "Disputes (intake)"): no notifyType, a disputeNotificationType. */
export const antomDispute = z.object(
  {
    disputeId: text,
    paymentId: text,
    paymentRequestId: text,
    disputeNotificationType: text,
    disputeTime: instant,
    disputeAmount: antomAmount,
    disputeReasonCode: text,
    disputeReasonMsg: text,
    disputeSource: text,
    defenseDueTime: instant,
    defendable: text,
    disputeJudgedTime: instant,
    disputeJudgedAmount: antomAmount,
    disputeJudgedResult: text,
    arn: text,
  },
  NOT_AN_OBJECT,
);
