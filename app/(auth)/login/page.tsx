import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { LoginForm } from "./_components/login-form";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

/** Only same-site paths are followed after sign-in, so the link cannot send people elsewhere. */
function safeCallback(value: string | string[] | undefined): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") ? value : "/";
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  if (await getCurrentUser()) redirect(safeCallback(params.callbackUrl));
  return (
    <main id="main" className="auth-panel">
      <h1>Sign in</h1>
      <p>Professional Standards Cases holds personal data about officers and staff. Use it only for your duties.</p>
      <LoginForm callbackUrl={safeCallback(params.callbackUrl)} />
      <section className="demo-accounts" aria-labelledby="demo-accounts-title">
        <h2 id="demo-accounts-title">Demo accounts</h2>
        <p>
          Every demo account uses the password <code>demo-password-2026</code>: <code>supervisor@demo.police.uk</code>,{" "}
          <code>investigator@demo.police.uk</code>, <code>senior@demo.police.uk</code>, <code>foi@demo.police.uk</code>,{" "}
          <code>admin@demo.police.uk</code>, <code>staff@demo.police.uk</code>.
        </p>
      </section>
    </main>
  );
}
