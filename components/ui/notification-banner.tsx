import type { ReactNode, Ref } from "react";

/**
 * GOV.UK notification banner: "success" for the outcome of something the person did,
 * "important" for what they need to know before going on. The role is the caller's:
 * `alert` for a refusal, `status` for a result.
 */
export function NotificationBanner({
  kind,
  role,
  children,
  ref,
}: {
  kind: "success" | "important";
  role?: "alert" | "status";
  children: ReactNode;
  ref?: Ref<HTMLDivElement>;
}) {
  return (
    <div
      className={`govuk-notification-banner${kind === "success" ? " govuk-notification-banner--success" : ""}`}
      role={role}
      tabIndex={ref ? -1 : undefined}
      ref={ref}
    >
      <div className="govuk-notification-banner__header">
        <p className="govuk-notification-banner__title">{kind === "success" ? "Success" : "Important"}</p>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  );
}
