"use client";

// Shown instead of any stack trace: the details are in the server log under the digest.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main">
      <h1>Sorry, something went wrong</h1>
      <p>The page could not be shown. If the database is being restarted, try again in a minute.</p>
      {error.digest ? <p>Reference for the service desk: <code>{error.digest}</code></p> : null}
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </main>
  );
}
