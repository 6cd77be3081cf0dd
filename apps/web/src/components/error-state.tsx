import { TRPCClientError } from "@trpc/client";
import { StateMessage } from "./state-message.tsx";

export function errorText(error: unknown): string {
  if (error instanceof TRPCClientError || error instanceof Error) return error.message;
  return "Unknown error";
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
      <p>
        The server answered: <span className="mono">{errorText(error)}</span>
      </p>
    </StateMessage>
  );
}
