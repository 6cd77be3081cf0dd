import { StateMessage } from "../../components/state-message.tsx";
import { tokenize } from "../../lib/query-text.ts";
import { notFoundMessage } from "../../lib/search-describe.ts";
import { providerNamesInWords } from "../../lib/vocabulary.ts";

export interface ResultsEmptyProps {
  query: string;
  matchedBy: string | null;
  onFirstPage: boolean;
  onClear: () => void;
  onFirst: () => void;
}

/** Why there are no rows, in words: nothing yet, nothing matches (naming the identifier), or past the last page. */
export function ResultsEmpty({ query, matchedBy, onFirstPage, onClear, onFirst }: ResultsEmptyProps) {
  if (!onFirstPage) {
    return (
      <StateMessage
        title="No more rows"
        action={
          <button type="button" className="button" onClick={onFirst}>
            Go to the first page
          </button>
        }
      />
    );
  }
  if (!query) {
    return (
      <StateMessage title="No transactions yet — they appear as providers send webhooks">
        <p>
          Point the notification URLs of your {providerNamesInWords()} accounts at Paylens. New transactions show up
          here within seconds.
        </p>
      </StateMessage>
    );
  }
  const message = notFoundMessage(tokenize(query), matchedBy);
  return (
    <StateMessage
      title={message.title}
      action={
        <button type="button" className="button" onClick={onClear}>
          Clear search
        </button>
      }
    >
      <p>{message.hint}</p>
    </StateMessage>
  );
}
