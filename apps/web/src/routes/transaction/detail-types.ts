import type { RouterOutputs } from "../../trpc.ts";

export type TransactionDetail = RouterOutputs["transactions"]["byId"];
export type DetailTransaction = TransactionDetail["transaction"];
export type TransactionEvent = TransactionDetail["events"][number];
export type RelatedTransaction = TransactionDetail["children"][number];
