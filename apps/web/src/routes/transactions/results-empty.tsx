import { t } from "../../i18n/index.ts";
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
        title={t("transactions.empty.noMore")}
        action={
          <button type="button" className="button" onClick={onFirst}>
            {t("transactions.empty.toFirst")}
          </button>
        }
      />
    );
  }
  if (!query) {
    return (
      <StateMessage title={t("transactions.empty.none")}>
        <p>{t("transactions.empty.noneHelp", { providers: providerNamesInWords() })}</p>
      </StateMessage>
    );
  }
  const message = notFoundMessage(tokenize(query), matchedBy);
  return (
    <StateMessage
      title={message.title}
      action={
        <button type="button" className="button" onClick={onClear}>
          {t("transactions.search.clear")}
        </button>
      }
    >
      <p>{message.hint}</p>
    </StateMessage>
  );
}
