import { PageHeader } from "./page-header.tsx";
import { useDocumentTitle } from "./use-document-title.ts";

/** A screen that is planned but not built: says plainly what will be here, shows no invented numbers. */
export function ComingSoon({
  title,
  summary,
  capabilities,
}: {
  title: string;
  summary: string;
  capabilities: string[];
}) {
  useDocumentTitle(title);
  return (
    <div className="page">
      <PageHeader title={title} subtitle="Not built yet" />
      <section className="panel coming-soon">
        <p>{summary}</p>
        <ul>
          {capabilities.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
