import { useTranslation } from "react-i18next";
import { i18n } from "../i18n/index.ts";
import { TRPCClientError } from "@trpc/client";
import type { RefusalData, refusalText } from "../lib/refusal-words.ts";
import { StateMessage } from "./state-message.tsx";

// The refusals' words (every reason, with its figures as money, statuses and roles) load right after the shell instead
// of in the first screen's JavaScript: an answer from the API takes longer than that, so they are there when needed.
let refusals: { refusalText: typeof refusalText } | null = null;
void import("../lib/refusal-words.ts").then((module) => (refusals = module));

/** What went wrong, in words: the API's refusal in the console's language, or that the server did not answer as it does. */
export function errorText(error: unknown): string {
  if (error instanceof TRPCClientError) {
    const data = error.data as RefusalData | undefined;
    if (data && refusals) return refusals.refusalText(data, error.message);
    if (data) return i18n.language === "en" ? error.message : i18n.t("errors.code.other");
    const response: unknown = error.meta?.response;
    const status = response instanceof Response ? response.status : null;
    return status ? i18n.t("common.unreachableStatus", { status }) : i18n.t("common.unreachable");
  }
  if (error instanceof Error) return error.message;
  return i18n.t("common.unknownError");
}

export function ErrorState({ title, error, onRetry }: { title: string; error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <StateMessage
      tone="error"
      title={title}
      action={
        onRetry ? (
          <button type="button" className="button" onClick={onRetry}>
            {t("common.tryAgain")}
          </button>
        ) : null
      }
    >
      <p>{errorText(error)}</p>
    </StateMessage>
  );
}
