import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { getCurrentUser } from "@/server/auth/session";
import { getEnv } from "@/lib/env";
import { LoginForm } from "./_components/login-form";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

/** Errors next-auth or our callbacks put in the URL, by code: never echo URL text itself. */
const urlErrors: Record<string, string> = {
  sso_no_role: "Your single sign-on account has no role in this system. Ask your system administrator for access.",
  sso_no_email: "Your single sign-on account did not give an email address. Ask your system administrator.",
  SessionRequired: "Sign in to continue.",
};
const ssoFailure = "Single sign-on could not sign you in. Try again, or sign in with your email and password.";

function errorFromUrl(value: string | string[] | undefined): string | null {
  if (typeof value !== "string") return null;
  return urlErrors[value] ?? (["OAuthSignin", "OAuthCallback", "Callback", "AccessDenied", "Configuration"].includes(value) ? ssoFailure : null);
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  if (await getCurrentUser()) redirect(safeCallbackPath(params.callbackUrl));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sign in</h1>
        <p>Professional Standards Cases holds personal data about officers and staff. Use it only for your duties.</p>
        <LoginForm
          callbackUrl={safeCallbackPath(params.callbackUrl)}
          initialError={errorFromUrl(params.error)}
          sso={getEnv().OIDC_ISSUER ? getEnv().OIDC_NAME : null}
        />
        <section className="app-demo-accounts" aria-labelledby="demo-accounts-title">
          <h2 id="demo-accounts-title" className="govuk-heading-s">
            Demo accounts
          </h2>
          <p>
            Every demo account uses the password <code>demo-password-2026</code>: <code>supervisor@demo.police.uk</code>,{" "}
            <code>investigator@demo.police.uk</code>, <code>senior@demo.police.uk</code>, <code>foi@demo.police.uk</code>, <code>admin@demo.police.uk</code>,{" "}
            <code>staff@demo.police.uk</code>.
          </p>
        </section>
      </div>
    </div>
  );
}
