"use client";

import { type ReactNode, useState } from "react";

/**
 * A subject officer's record and forms, folded or not. Whether it starts open is decided
 * once, when the page is opened: a step that closes the subject re-renders the page, and
 * the card must not fold away the confirmation the person has just been given.
 */
export function SubjectFold({ startOpen, summary, children }: { startOpen: boolean; summary: ReactNode; children: ReactNode }) {
  const [open, setOpen] = useState(startOpen);
  return (
    <details className="govuk-details app-subject__body" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      {children}
    </details>
  );
}
