import { useTranslation } from "react-i18next";
import { i18n } from "../i18n/index.ts";
import { TRPCClientError } from "@trpc/client";
import { refusalText, type RefusalData } from "../lib/refusal-words.ts";
import { StateMessage } from "./state-message.tsx";

/** What went wrong, in words: the API's refusal in the console's language, or that the server did not answer as it does. */
export function errorText(error: unknown): string {
  if (error instanceof TRPCClientError) {
    const data = error.data as RefusalData | undefined;
    if (data) return refusalText(data, error.message);
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
