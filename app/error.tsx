"use client";

import { SiteShell } from "@/components/layout/site-shell";

// Shown instead of any stack trace: the details are in the server log under the digest.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <SiteShell>
      <h1 className="govuk-heading-l">Sorry, something went wrong</h1>
      <p>The page could not be shown. If the database is being restarted, try again in a minute.</p>
      {error.digest ? (
        <p>
          Reference for the service desk: <code>{error.digest}</code>
        </p>
      ) : null}
      <button type="button" className="govuk-button" onClick={reset}>
        Try again
      </button>
    </SiteShell>
  );
}
