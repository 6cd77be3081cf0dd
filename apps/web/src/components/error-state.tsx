import { TRPCClientError } from "@trpc/client";
import { StateMessage } from "./state-message.tsx";

/** What went wrong, in words: a tRPC error's message, or that the server did not answer as the API does. */
export function errorText(error: unknown): string {
  if (error instanceof TRPCClientError) {
    if (error.data) return error.message;
    const response: unknown = error.meta?.response;
    const status = response instanceof Response ? response.status : null;
    return status ? `The server could not be reached (HTTP ${status}).` : "The server could not be reached.";
  }
  if (error instanceof Error) return error.message;
  return "Unknown error.";
}

export function ErrorState({ title, error, onRetry }: { title: string; error: unknown; onRetry?: () => void }) {
  return (
    <StateMessage
      tone="error"
      title={title}
      action={
        onRetry ? (
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
        ) : null
      }
    >
      <p>{errorText(error)}</p>
    </StateMessage>
  );
}
