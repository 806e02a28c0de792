import Link from "next/link";
import type { ReactNode } from "react";
import { MainNav } from "@/components/main-nav";
import { SignOutButton } from "@/components/sign-out-button";
import { requirePageUser } from "@/server/auth/session";
import { navigationFor } from "@/lib/navigation";
import { roles } from "@/lib/vocabulary";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser();
  const items = navigationFor(user.role).map(({ href, label }) => ({ href, label }));
  return (
    <>
      <header className="site-header">
        <div className="site-header__inner">
          <Link href="/" className="site-title">
            Professional Standards Cases
          </Link>
          <div className="site-user">
            <span>
              {user.email} · {roles.labels[user.role]}
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <MainNav items={items} />
      <main id="main">{children}</main>
    </>
  );
}
