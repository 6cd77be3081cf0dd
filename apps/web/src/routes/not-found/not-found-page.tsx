import { Link } from "@tanstack/react-router";
import { StateMessage } from "../../components/state-message.tsx";
import { useDocumentTitle } from "../../components/use-document-title.ts";

export function NotFoundPage() {
  useDocumentTitle("Not found");
  return (
    <div className="page">
      <StateMessage
        title="There is no page at this address"
        action={
          <Link to="/transactions" className="button">
            Go to transactions
          </Link>
        }
      >
        <p>The link may be mistyped or out of date.</p>
      </StateMessage>
    </div>
  );
}
