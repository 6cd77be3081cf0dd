import { useTranslation } from "react-i18next";
import { Link } from "@tanstack/react-router";
import { StateMessage } from "../../components/state-message.tsx";
import { useDocumentTitle } from "../../components/use-document-title.ts";

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("notFound.title"));
  return (
    <div className="page">
      <StateMessage
        heading
        title={t("notFound.heading")}
        action={
          <Link to="/transactions" className="button">
            {t("notFound.toTransactions")}
          </Link>
        }
      >
        <p>{t("notFound.help")}</p>
      </StateMessage>
    </div>
  );
}
