import { useId, type ReactNode } from "react";

/**
 * A titled part of a page: a region named by its heading, so that screen readers list
 * it among the landmarks and tests can find it by role and name.
 */
export function Section({
  title,
  level = 2,
  id,
  description,
  className,
  children,
}: {
  title: ReactNode;
  level?: 2 | 3;
  id?: string;
  description?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const generated = useId();
  const headingId = id ?? `section-${generated.replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section className={`app-section${className ? ` ${className}` : ""}`} aria-labelledby={headingId}>
      <Heading id={headingId} className={level === 2 ? "govuk-heading-m" : "govuk-heading-s"}>
        {title}
      </Heading>
      {description ? <p className="govuk-body">{description}</p> : null}
      {children}
    </section>
  );
}
