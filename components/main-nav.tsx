"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export function MainNav({ items }: { items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  // The most specific link is the current one (/reports/queue, not /reports as well).
  const current = items
    .filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav className="site-nav" aria-label="Main">
      <ul>
        {items.map((item) => {
          return (
            <li key={item.href}>
              <Link href={item.href} aria-current={item.href === current ? "page" : undefined}>
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
