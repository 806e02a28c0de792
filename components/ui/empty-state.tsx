import { useId, type ReactNode } from "react";

export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  const id = `empty-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  return (
    <section className="govuk-inset-text app-empty-state" aria-labelledby={id}>
      <h2 id={id} className="govuk-heading-s">
        {title}
      </h2>
      {children}
    </section>
  );
}
