import { notificationKinds, type NotificationKind } from "@/lib/vocabulary";

/** Where a notification leads: the page of what it names, where access is checked again. */
export function notificationPath(kind: NotificationKind, reference: string): string {
  switch (kind) {
    case "case_assigned":
    case "decision_needed":
    case "deadline_soon":
      return `/cases/${encodeURIComponent(reference)}`;
    case "permission_decided":
      return "/app-permissions";
    case "report_status_changed":
      return `/reports/${encodeURIComponent(reference)}`;
  }
}

/**
 * The email for a notification. It carries the kind, the reference and a link, never
 * case content: email leaves the force's systems, and whoever reads the mailbox may not
 * be whoever may read the case (the page checks that when the link is followed).
 */
export function notificationEmail(input: { kind: NotificationKind; reference: string; siteUrl: string }): { subject: string; text: string } {
  const what = notificationKinds.labels[input.kind];
  const link = new URL(notificationPath(input.kind, input.reference), input.siteUrl).toString();
  return {
    subject: `${what}: ${input.reference}`,
    text: [
      `${what}: ${input.reference}.`,
      "",
      `Open it in Professional Standards Cases (sign in first): ${link}`,
      "",
      "This message names a reference only. Its details are in the service, not in email.",
      "OFFICIAL-SENSITIVE",
    ].join("\n"),
  };
}
