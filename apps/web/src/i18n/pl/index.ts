import { common } from "./common.ts";
import { disputeWords } from "./disputeWords.ts";
import { notFound, signIn } from "./pages.ts";
import { shell } from "./shell.ts";
import { transaction } from "./transaction.ts";
import { transactions } from "./transactions.ts";
import { vocab } from "./vocab.ts";

export const pl = { common, disputeWords, signIn, notFound, shell, transaction, transactions, vocab };
