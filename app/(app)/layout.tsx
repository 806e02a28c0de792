import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { getDb } from "@/db";
import { countUnreadNotifications } from "@/db/queries/notifications";
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
  const unread = await countUnreadNotifications(await getDb(), user.id);
  return (
    <SiteShell
      user={
        <>
          <span>
            {user.email} · {roles.labels[user.role]}
          </span>
          {unread > 0 ? (
            <Link className="app-header__notifications" href="/notifications">
              {unread === 1 ? "1 unread notification" : `${unread} unread notifications`}
            </Link>
          ) : null}
          <SignOutButton />
        </>
      }
      navigation={<MainNav items={items} />}
    >
      {children}
    </SiteShell>
  );
}
