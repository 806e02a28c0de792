"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useEffect, useState, type FormEvent } from "react";
import { TextField } from "@/components/ui/field";
import { ErrorSummary } from "@/components/ui/form-status";
import { useFocusOn } from "@/components/ui/use-focus-on";
import { safeCallbackPath } from "@/lib/auth/safe-callback";

const fallback = "The email address or password is not right. Check them and try again.";

export function LoginForm({ callbackUrl, initialError, sso }: { callbackUrl: string; initialError: string | null; sso: string | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);
  // Until React has hydrated, a click would submit the bare form; the button waits instead.
  const [hydrated, setHydrated] = useState(false);
  const summary = useFocusOn<HTMLDivElement>(error);

  useEffect(() => setHydrated(true), []);

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
    setError(
      !result
        ? "The sign-in service could not be reached. Try again in a minute."
        : result.error && result.error !== "CredentialsSignin"
          ? result.error
          : fallback,
    );
  }

  return (
    <>
      {error ? <ErrorSummary ref={summary} message={error} /> : null}
      <form method="post" onSubmit={onSubmit} noValidate>
        <TextField name="email" type="email" label="Email address" autoComplete="username" spellCheck={false} required width="30" />
        <TextField name="password" type="password" label="Password" autoComplete="current-password" required width="20" />
        <button type="submit" className="govuk-button" disabled={pending || !hydrated}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </form>
      {sso ? (
        <p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => signIn("oidc", { callbackUrl })}>
            Sign in with {sso}
          </button>
        </p>
      ) : null}
    </>
  );
}
