import type { ReactNode } from "react";
import { SiteShell } from "@/components/layout/site-shell";
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
    <SiteShell
      user={
        <>
          <span>
            {user.email} · {roles.labels[user.role]}
          </span>
          <SignOutButton />
        </>
      }
      navigation={<MainNav items={items} />}
    >
      {children}
    </SiteShell>
  );
}
