"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { safeCallbackPath } from "@/lib/auth/safe-callback";

const fallback = "The email address or password is not right. Check them and try again.";

export function LoginForm({ callbackUrl, initialError, sso }: { callbackUrl: string; initialError: string | null; sso: string | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);
  // Until React has hydrated, a click would submit the bare form; the button waits instead.
  const [hydrated, setHydrated] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => setHydrated(true), []);
  useEffect(() => {
    if (error) summary.current?.focus();
  }, [error]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    }).catch(() => null);
    setPending(false);
    if (result?.ok && !result.error) {
      // The server checked it already; checked again here, where it is followed.
      router.replace(safeCallbackPath(callbackUrl));
      router.refresh();
      return;
    }
    // The server's own message (wrong details, a lock, a disabled account); never a stack trace.
    setError(!result ? "The sign-in service could not be reached. Try again in a minute." : result.error && result.error !== "CredentialsSignin" ? result.error : fallback);
  }

  return (
    <>
      {error ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary}>
          <h2>There is a problem</h2>
          <p className="error-text">{error}</p>
        </div>
      ) : null}
      <form method="post" onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="email">Email address</label>
          <input id="email" name="email" type="email" autoComplete="username" spellCheck={false} required />
        </div>
        <div className="field">
          <label htmlFor="password">Password</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required />
        </div>
        <button type="submit" className="button" disabled={pending || !hydrated}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </form>
      {sso ? (
        <p>
          <button type="button" className="button button--secondary" onClick={() => signIn("oidc", { callbackUrl })}>
            Sign in with {sso}
          </button>
        </p>
      ) : null}
    </>
  );
}
